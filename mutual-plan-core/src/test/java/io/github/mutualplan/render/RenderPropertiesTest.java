package io.github.mutualplan.render;

import static io.github.mutualplan.render.Documents.csv;
import static io.github.mutualplan.render.Documents.ical;
import static io.github.mutualplan.render.Documents.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Component;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;

/** Every format, over generated plans: nothing internal reaches the buyer, and every document reads back. */
class RenderPropertiesTest {
  private static final int EXAMPLES = 100;
  private static final String ALPHABET = ",;:\"'\\|#*_[]<>&=+-@%\t\r\n aZ9ёЖ\u00e9\uD83D\uDE80";

  /** A plan with the options to render it with: any audience that may see it, either language, as of a day or not. */
  record Case(MutualActionPlan plan, RenderOptions options, Optional<LocalDate> asOf) {
    String render(DocumentFormat format) {
      PlanRenderer renderer = format.renderer(options);
      return asOf.isPresent() ? renderer.render(plan, asOf.get()) : renderer.render(plan);
    }
  }

  static Gen<Case> cases() {
    return Gens.plans(60).zip(booleans().all(), booleans().all(), integers().between(-30, 400),
        (plan, internal, russian, today) -> new Case(plan, RenderOptions.builder()
            .audience(internal || plan.kind() == PlanKind.CLOSING_PLAN ? Audience.INTERNAL : Audience.BUYER)
            .locale(russian ? new Locale("ru") : Locale.ENGLISH)
            .build(), today < 0 ? Optional.empty() : Optional.of(plan.start().plusDays(today))));
  }

  /** Texts of the alphabet the formats escape, Cyrillic and a character outside the BMP included. */
  static Gen<String> texts() {
    int[] codePoints = ALPHABET.codePoints().toArray();
    return lists().of(integers().between(0, codePoints.length - 1)).ofSizeBetween(0, 120)
        .map(picks -> picks.stream().map(i -> new String(Character.toChars(codePoints[i])))
            .collect(Collectors.joining()));
  }

  @Test
  void theBuyersDocumentsNeverHoldAnInternalItem() {
    qt().withExamples(EXAMPLES).forAll(Gens.mutualActionPlans(60)).checkAssert(plan -> {
      List<Pattern> internal = new ArrayList<>();
      for (Commitment c : plan.commitments()) {
        if (c.visibility() == Visibility.INTERNAL) {
          internal.add(word(c.id().key()));
          internal.add(word(c.title()));
          c.deliverable().ifPresent(d -> internal.add(word(d)));
        }
      }
      for (Milestone m : plan.milestones()) {
        if (m.visibility() == Visibility.INTERNAL) {
          internal.add(word(m.id().key()));
          internal.add(word(m.name()));
        }
      }
      for (DocumentFormat format : DocumentFormat.values()) {
        String text = format.renderer(RenderOptions.defaults()).render(plan).replace("\r\n ", ""); // unfolded
        assertThat(internal).as("%s of %s", format, plan).noneMatch(p -> p.matcher(text).find());
      }
    });
  }

  /** The text, not followed by a digit: {@code Commitment 1} is not in {@code Commitment 12}. */
  private static Pattern word(String text) {
    return Pattern.compile(Pattern.quote(text) + "(?![0-9])");
  }

  @Test
  void theICalendarAlwaysReadsBackWithAnEventPerMilestoneAndDatedCommitment() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      String text = c.render(DocumentFormat.ICALENDAR);
      MutualActionPlan view = view(c);
      Schedule schedule = schedule(c);
      long dated = view.commitments().stream()
          .filter(x -> x.due().isPresent() || schedule.commitment(x.id()).isPresent()).count();

      assertThat(ical(text).getComponents(Component.VEVENT)).hasSize((int) (view.milestones().size() + dated));
      assertThat(text.split("\r\n", -1)).allSatisfy(line ->
          assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    });
  }

  @Test
  void theCsvAlwaysReadsBackWithARowPerCommitmentAndMilestone() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      List<CSVRecord> rows = csv(c.render(DocumentFormat.CSV));
      MutualActionPlan view = view(c);

      assertThat(rows).hasSize(1 + view.commitments().size() + view.milestones().size())
          .allSatisfy(row -> assertThat(row.size()).isEqualTo(12));
    });
  }

  @Test
  void theHtmlPageIsAlwaysWellFormedWithADiamondPerMilestone() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      Document page = xml(c.render(DocumentFormat.HTML));

      assertThat(page.getElementsByTagName("polygon").getLength()).isEqualTo(view(c).milestones().size());
      assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(1);
    });
  }

  @Test
  void theHtmlPageFitsThePageAndExplainsItselfWhateverThePlan() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c ->
        HtmlPages.checkPage(xml(c.render(DocumentFormat.HTML)), view(c), c.options().locale()));
  }

  @Test
  void aWrappedLabelLosesNothing() {
    qt().withExamples(300).forAll(texts(), integers().between(20, 300)).checkAssert((text, width) -> {
      List<String> lines = GanttChart.wrap(text, width, 6.3);
      assertThat(String.join("", lines).replace(" ", ""))
          .isEqualTo(text.replaceAll("[ \t\r\n]", ""));
      assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
      assertThat(lines).allSatisfy(line -> assertThat(GanttChart.width(line, 6.3) <= width
          || line.codePointCount(0, line.length()) == 1).as("'%s' fits %s", line, width).isTrue());
    });
  }

  @Test
  void markdownTablesAndMermaidChartsKeepTheirShape() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      String md = c.render(DocumentFormat.MARKDOWN);
      String chart = c.render(DocumentFormat.MERMAID);

      int columns = -1;
      for (String line : md.split("\n")) {
        if (!line.startsWith("|")) {
          columns = -1;
          continue;
        }
        int cells = line.replace("\\\\", "").replace("\\|", "").split("\\|", -1).length;
        assertThat(cells).as(line).isEqualTo(columns < 0 ? cells : columns);
        columns = cells;
      }
      assertThat(chart).startsWith("gantt\n");
      assertThat(chart.substring("gantt\n".length()).split("\n")).allSatisfy(line -> assertThat(line).startsWith("    "));
    });
  }

  @Test
  void anyTextSurvivesACsvFieldAndAnICalendarLine() {
    qt().withExamples(300).forAll(texts()).checkAssert(text -> {
      String expected = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
      assertThat(csv(CsvRenderer.field(text) + "\r\n")).singleElement()
          .satisfies(row -> assertThat(row.get(0)).isEqualTo(expected));

      StringBuilder out = new StringBuilder();
      ICalendarRenderer.line(out, "SUMMARY:" + ICalendarRenderer.text(text));
      String folded = out.toString();
      assertThat(folded.split("\r\n")).allSatisfy(line ->
          assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
      assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + ICalendarRenderer.text(text) + "\r\n");
      assertThat(xml("<p>" + HtmlRenderer.escape(text) + "</p>").getDocumentElement().getTextContent())
          .isEqualTo(text.replace("\r\n", "").replace("\r", "").replace("\n", ""));
    });
  }

  private static MutualActionPlan view(Case c) {
    return c.options().audience() == Audience.BUYER ? c.plan().buyerView() : c.plan();
  }

  private static Schedule schedule(Case c) {
    Scheduler scheduler = Scheduler.of(c.options().scheduleOptions());
    return c.asOf().isPresent() ? scheduler.schedule(c.plan(), c.asOf().get()) : scheduler.schedule(c.plan());
  }

}
