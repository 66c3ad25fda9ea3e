package io.github.mutualplan.render;

import static io.github.mutualplan.render.Documents.csv;
import static io.github.mutualplan.render.Documents.ical;
import static io.github.mutualplan.render.Documents.render;
import static io.github.mutualplan.render.Documents.sharedPlan;
import static io.github.mutualplan.render.Documents.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Standing;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.SamplePlans;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The documents of the healthcare deal, format by format. */
class RenderExamplesTest {
  static final MutualActionPlan PLAN = sharedPlan();
  static final RenderOptions BUYER = RenderOptions.defaults();
  static final RenderOptions INTERNAL = RenderOptions.defaults().withAudience(Audience.INTERNAL);
  static final RenderOptions RUSSIAN = RenderOptions.defaults().withLocale(new Locale("ru"));

  /** The plan with one commitment's title replaced. */
  static MutualActionPlan withTitle(String commitment, String title) {
    return PLAN.withCommitments(PLAN.commitments().stream()
        .map(c -> c.id().key().equals(commitment) ? c.withTitle(title) : c).collect(Collectors.toList()));
  }

  /** A deliverable is free text: unlike a title, it may break lines. */
  static MutualActionPlan withDeliverable(String commitment, String deliverable) {
    return PLAN.withCommitments(PLAN.commitments().stream()
        .map(c -> c.id().key().equals(commitment) ? c.withDeliverable(deliverable) : c)
        .collect(Collectors.toList()));
  }

  @Nested
  class Markdown {
    @Test
    void theBuyersDocumentHasEverySectionAndMarksTheClosingMilestone() {
      String md = render(DocumentFormat.MARKDOWN, PLAN, BUYER);

      assertThat(md).startsWith("# Northwind Health: claims automation\n")
          .contains("- **Account:** Northwind Health\n", "- **Deal value:** $480,000.00\n",
              "- **Owners:** Alex Kim, Maria Lopez\n", "- **Status:** Mutual action plan, shared\n",
              "- **Version:** 3\n")
          .contains("\n## Objectives\n\n- Pay clean claims faster\n")
          .contains("\n## Stakeholders\n", "| Lee Chen | Chief Information Security Officer | Buyer | Security, Compliance |")
          .contains("\n## Timeline\n", "| Contract signed (closing) | 2027-06-30 |")
          .contains("\n## Commitments\n", "\n### Buyer: Northwind Health\n", "\n### Seller: Acme Software\n")
          .contains("| Master agreement and order form signed |  | Dana Reyes |")
          .contains("\n## Decision criteria\n",
              "| Integration with the EHR's claims feed | Technical | 35 | 35% | Maria Lopez | Met |")
          .contains("\n## Success metrics\n", "| Days in accounts receivable | from 52 to 38 days | 2028-01-31 |")
          .contains("\n## Sign-off\n", "The current version is 3.",
              "- Alex Kim (Seller): signed version 2 on 2027-01-20 \u2014 STALE: the plan changed materially after this"
                  + " sign-off; version 3 is current",
              "- Maria Lopez (Buyer): signature: ")
          .contains("\n## At a glance\n\n- Close: target 2027-06-30, projected 2027-02-26: on track\n",
              "- Progress: 0 of 8 commitments done (0%); 122 working days from 2027-01-11 to the target close,"
                  + " on the seller's calendar\n")
          .doesNotContain("\u2192")
          .doesNotContain("Deal desk", "deal desk");
      assertThat(md.indexOf("### Buyer")).isLessThan(md.indexOf("### Seller"));
    }

    @Test
    void aCommitmentDoneAfterItsDueDateIsFlaggedInItsRowButIsNotLateAnyMore() {
      Commitment first = PLAN.commitments().get(0);
      LocalDate due = PLAN.start().plusDays(14);
      MutualActionPlan plan = PLAN.withCommitments(PLAN.commitments().stream()
          .map(c -> c.id().equals(first.id()) ? c.withDue(due).withStatus(CommitmentStatus.DONE)
              .withCompletedOn(due.plusDays(9)) : c)
          .collect(Collectors.toList()));

      // As of a day after it was done, its actual finish is the day it was done.
      String md = DocumentFormat.MARKDOWN.renderer(BUYER).render(plan, due.plusDays(30));
      int at = md.indexOf("## At a glance");
      assertThat(md.substring(at, md.indexOf("\n## ", at + 1))).doesNotContain(first.title());
      assertThat(md.substring(md.indexOf("## Commitments"))).contains(first.title(), "9 days late");
    }

    @Test
    void theTeamsDocumentHasTheInternalItemsToo() {
      String md = render(DocumentFormat.MARKDOWN, PLAN, INTERNAL);

      assertThat(md).contains("| Deal desk approves the 12% discount |", "| Discount approved by the deal desk |");
    }

    @Test
    void datesComeFromTheScheduleAndTheCriticalPathIsFlagged() {
      Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN);
      String md = render(DocumentFormat.MARKDOWN, PLAN, BUYER);

      assertThat(md).contains("| Discovery workshops with revenue cycle and IT |  | Alex Kim | 2027-01-11 | 2027-01-15 |"
          + "  | Open | yes |");
      assertThat(md).contains("- **Projected close:** " + schedule.projectedClose() + "\n");
      assertThat(schedule.criticalPath()).contains(CommitmentId.of("discovery"));
    }

    @Test
    void labelsAreRussianForRussianAndEnglishForAnyOtherLanguage() {
      String ru = render(DocumentFormat.MARKDOWN, PLAN, RUSSIAN);
      String de = render(DocumentFormat.MARKDOWN, PLAN, BUYER.withLocale(Locale.GERMAN));

      assertThat(ru).contains("\n## Цели\n", "\n## Участники\n", "\n## График\n", "\n### Покупатель: Northwind Health\n",
          "\n## Критерии решения\n", "| Открыто |", "Contract signed (закрытие сделки)", "- **Версия:** 3\n");
      // English labels, German numbers: the labels fall back to English, money and shares keep the locale's form.
      assertThat(de).isEqualTo(render(DocumentFormat.MARKDOWN, PLAN, BUYER)
          .replace("$480,000.00", "480.000,00\u00a0$").replaceAll("([0-9])%", "$1\u00a0%"));
      assertThat(ru).contains("- **Сумма сделки:** 480\u00a0000,00\u00a0$\n");
    }

    @Test
    void theTextsOfThePlanCannotBreakTheTableOrStartMarkup() {
      String md = render(DocumentFormat.MARKDOWN,
          withDeliverable("discovery", "# Kickoff | <script>alert(1)</script>\nnext *line* \\ [x](y)"), BUYER);

      assertThat(md).contains("| \\# Kickoff \\| &lt;script&gt;alert(1)&lt;/script&gt; next \\*line\\* \\\\ \\[x\\](y) |")
          .doesNotContain("<script>");
    }
  }

  @Nested
  class ICalendar {
    static final Function<VEvent, String> UID = e -> e.getProperty(Property.UID).orElseThrow().getValue();

    List<VEvent> events(String ics) {
      return ical(ics).getComponents(Component.VEVENT);
    }

    @Test
    void anEventPerMilestoneAndPerDatedCommitmentWithUniqueStableUids() {
      String ics = render(DocumentFormat.ICALENDAR, PLAN, BUYER);
      Calendar calendar = ical(ics);
      List<VEvent> events = calendar.getComponents(Component.VEVENT);

      MutualActionPlan view = PLAN.buyerView();
      assertThat(events).hasSize(view.milestones().size() + view.commitments().size());
      assertThat(events).extracting(UID).doesNotHaveDuplicates()
          .contains("milestone-contract-signed+northwind-claims-2027@mutualplan.io",
              "commitment-security-risk-assessment+northwind-claims-2027@mutualplan.io")
          .noneMatch(uid -> uid.contains("deal-desk") || uid.contains("pricing-approved"));
      assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
          .isEqualTo("-//mutual-plan//mutual-plan//EN");
      assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
          .contains("\r\nCALSCALE:GREGORIAN\r\n",
              "\r\nX-WR-CALNAME:Northwind Health: claims automation\r\n",
              "\r\nDTSTAMP:20270111T000000Z\r\n", "\r\nSEQUENCE:3\r\n")
          .doesNotContain("\n\n").doesNotContainPattern("[^\r]\n")
          // A file to import, not an iTIP message: METHOD:PUBLISH would need an ORGANIZER (RFC 5546).
          .doesNotContain("METHOD:");
      ValidationResult validation = calendar.validate();
      assertThat(validation.hasErrors()).as("ical4j's validation: %s", validation).isFalse();
      VEvent signed = events.stream().filter(e -> UID.apply(e).startsWith("milestone-contract-signed")).findFirst()
          .orElseThrow();
      assertThat(signed.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270630");
      assertThat(signed.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270701");
    }

    @Test
    void aLaterVersionUpdatesTheSameEvents() {
      MutualActionPlan rescheduled = PLAN.withCommitments(PLAN.commitments().stream()
          .map(c -> c.id().key().equals("vendor-registration") ? c.withDue(LocalDate.of(2027, 2, 5)) : c)
          .collect(Collectors.toList())).withVersion(4);
      RenderOptions later = BUYER.withGeneratedAt(Instant.parse("2027-02-01T09:30:00Z"));

      List<VEvent> before = events(render(DocumentFormat.ICALENDAR, PLAN, BUYER));
      List<VEvent> after = events(render(DocumentFormat.ICALENDAR, rescheduled, later));

      assertThat(after).extracting(UID).containsExactlyElementsOf(before.stream().map(UID).collect(Collectors.toList()));
      assertThat(before).allSatisfy(e -> assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3"));
      assertThat(after).allSatisfy(e -> assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("4"))
          .allSatisfy(e -> assertThat(e.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20270201T093000Z"));
      VEvent moved = after.stream().filter(e -> UID.apply(e).startsWith("commitment-vendor-registration+")).findFirst()
          .orElseThrow();
      assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270205");
    }

    @Test
    void aLongRussianTitleIsFoldedAtSeventyFiveOctetsAndUnfoldsToItself() {
      String title = "Согласование соглашения о деловом партнёрстве (BAA), проверка; защита ПДн\\HIPAA — юридический отдел";
      String ics = render(DocumentFormat.ICALENDAR, withTitle("baa-review", title), RUSSIAN);

      assertThat(ics.split("\r\n")).allSatisfy(line ->
          assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
      assertThat(ics).contains("\r\n ").doesNotContain("\uFFFD");
      VEvent baa = events(ics).stream().filter(e -> UID.apply(e).startsWith("commitment-baa-review+")).findFirst()
          .orElseThrow();
      assertThat(baa.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
    }

    @Test
    void textIsEscapedAndFoldingNeverSplitsACharacter() {
      assertThat(ICalendarRenderer.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
      StringBuilder out = new StringBuilder();
      ICalendarRenderer.line(out, "SUMMARY:" + "\uD83D\uDE80".repeat(30));
      assertThat(out.toString().split("\r\n")).allSatisfy(line -> {
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
        assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
      });
    }
  }

  @Nested
  class Csv {
    @Test
    void aHeaderThenARowPerCommitmentAndPerMilestone() {
      String text = render(DocumentFormat.CSV, PLAN, BUYER);
      List<CSVRecord> rows = csv(text);

      MutualActionPlan view = PLAN.buyerView();
      assertThat(rows.get(0).toList()).containsExactly("Type", "ID", "Title", "Side", "Owner", "Start", "Finish",
          "Due", "Status", "Critical", "Milestone", "Visibility");
      assertThat(rows).hasSize(1 + view.commitments().size() + view.milestones().size());
      assertThat(rows.get(1).toList()).containsExactly("Commitment", "discovery",
          "Discovery workshops with revenue cycle and IT", "Seller", "Alex Kim", "2027-01-11", "2027-01-15", "",
          "Open", "yes", "", "Shared");
      assertThat(text).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
      assertThat(csv(render(DocumentFormat.CSV, PLAN, RUSSIAN)).get(0).get(0)).isEqualTo("Тип");
    }

    @Test
    void commasAndQuotesSurviveTheRoundTrip() {
      String title = "Review \"BAA\", then sign with legal, and \"close\"";
      List<CSVRecord> rows = csv(render(DocumentFormat.CSV, withTitle("baa-review", title), BUYER));

      assertThat(rows).filteredOn(r -> r.get(1).equals("baa-review")).singleElement()
          .satisfies(r -> assertThat(r.get(2)).isEqualTo(title));
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsNeutralized() {
      List<CSVRecord> rows = csv(render(DocumentFormat.CSV,
          withTitle("baa-review", "=HYPERLINK(\"http://evil.example\",\"click\")"), BUYER));

      assertThat(rows).filteredOn(r -> r.get(1).equals("baa-review")).singleElement()
          .satisfies(r -> assertThat(r.get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")"));
      assertThat(Stream.of("+1", "-1", "@SUM(A1)", "\tx", "\rx").map(CsvRenderer::field))
          .containsExactly("'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\"");
    }
  }

  @Nested
  class Html {
    @Test
    void aWellFormedPageWithAGanttChart() {
      String html = render(DocumentFormat.HTML, PLAN, BUYER);
      Document page = xml(html);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
          .contains("<meta charset=\"UTF-8\" />").doesNotContain("<script", "<link", "src=", "href=", "url(", "@import")
          .doesNotContain("Deal desk");
      assertThat(page.getElementsByTagName("svg").getLength()).isEqualTo(1);
      List<Element> diamonds = elements(page, "polygon");
      assertThat(diamonds).hasSize(PLAN.buyerView().milestones().size())
          .allSatisfy(d -> assertThat(d.getAttribute("class")).startsWith("milestone"))
          .filteredOn(d -> d.getAttribute("class").contains("closing")).hasSize(1);
      Set<String> critical = Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN).criticalPath().stream()
          .map(id -> PLAN.commitment(id).orElseThrow().title()).collect(Collectors.toSet());
      assertThat(elements(page, "rect")).filteredOn(r -> r.getAttribute("class").contains("critical"))
          .hasSize(critical.size()).isNotEmpty()
          .allSatisfy(r -> assertThat(critical).contains(r.getElementsByTagName("title").item(0).getTextContent()
              .replaceAll(" \\(.*", "")));
      assertThat(elements(page, "line")).noneMatch(l -> l.getAttribute("class").equals("today"));
      assertThat(elements(page, "h2")).extracting(Element::getTextContent).containsExactly("At a glance",
          "Objectives", "Stakeholders", "Timeline", "Commitments", "Decision criteria", "Success metrics", "Sign-off");
    }

    @Test
    void aTodayLineWhenRenderedAsOfADay() {
      Document page = xml(DocumentFormat.HTML.renderer(RUSSIAN).render(PLAN, LocalDate.of(2027, 3, 1)));

      assertThat(elements(page, "line")).filteredOn(l -> l.getAttribute("class").equals("today")).singleElement()
          .satisfies(l -> assertThat(l.getTextContent()).isEqualTo("Сегодня: 1 мар. 2027 г."))
          .satisfies(l -> assertThat(l.getAttribute("data-day")).isEqualTo("2027-03-01"));
      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("ru");
    }

    @Test
    void everyTextIsEscaped() {
      String html = render(DocumentFormat.HTML,
          withTitle("discovery", "<b onclick='x'>\"Discovery\" & more</b>"), BUYER);

      assertThat(html).contains("&lt;b onclick=&#39;x&#39;&gt;&quot;Discovery&quot; &amp; more&lt;/b&gt;")
          .doesNotContain("<b onclick");
      assertThat(xml(html)).isNotNull();
    }

    List<Element> elements(Document page, String tag) {
      NodeList nodes = page.getElementsByTagName(tag);
      return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
          .collect(Collectors.toList());
    }
  }

  @Nested
  class Mermaid {
    @Test
    void aSectionPerSideAndCritOnTheCriticalPath() {
      String chart = render(DocumentFormat.MERMAID, PLAN, BUYER);

      assertThat(chart).startsWith("gantt\n    title Northwind Health claims automation\n    dateFormat YYYY-MM-DD\n")
          .contains("\n    section Buyer \u2013 Northwind Health\n", "\n    section Seller \u2013 Acme Software\n",
              "\n    Discovery workshops with revenue cycle and IT :crit, c-discovery, 2027-01-11, 2027-01-16\n",
              "\n    Vendor registered in the sourcing system :c-vendor-registration, ",
              "\n    Contract signed :milestone, m-contract-signed, ")
          .doesNotContain("deal-desk", "pricing-approved");
    }

    @Test
    void titlesLoseWhatMermaidReadsAsSyntax() {
      String chart = render(DocumentFormat.MERMAID, withTitle("discovery", "Kickoff: #1; at 9% then lunch"), BUYER);

      assertThat(chart).contains("\n    Kickoff 1 at 9 then lunch :crit, c-discovery, ");
      assertThat(MermaidRenderer.id("c-a.b", new java.util.HashSet<>(Set.of("c-a_b")))).isEqualTo("c-a_b_2");
    }
  }

  @Nested
  class Api {
    @Test
    void theReadmeExampleRendersAsItSays() {
      MutualActionPlan plan = PLAN;
      // The lines of README.md's "Documents" section, as they are there:
      RenderOptions options = RenderOptions.defaults();          // for the buyer: shared items only
      String markdown = DocumentFormat.MARKDOWN.renderer(options).render(plan);
      String calendar = DocumentFormat.ICALENDAR.renderer(options.withLocale(new Locale("ru"))).render(plan);
      String forTheTeam = DocumentFormat.HTML.renderer(options.withAudience(Audience.INTERNAL))
          .render(plan, LocalDate.of(2027, 3, 1));               // every item, as of a day, marked on the chart

      assertThat(markdown).doesNotContain("Deal desk");
      assertThat(calendar).contains("\r\nCATEGORIES:Покупатель\r\n");
      assertThat(forTheTeam).contains("Deal desk", "class=\"today\"");
    }

    @Test
    void formatsByNameAndTheirFiles() {
      assertThat(Stream.of("markdown", "MD", "html", "Csv", "ical", "iCalendar", "ICS", "mermaid", "mmd")
          .map(DocumentFormat::fromName)).containsExactly(DocumentFormat.MARKDOWN, DocumentFormat.MARKDOWN,
              DocumentFormat.HTML, DocumentFormat.CSV, DocumentFormat.ICALENDAR, DocumentFormat.ICALENDAR,
              DocumentFormat.ICALENDAR, DocumentFormat.MERMAID, DocumentFormat.MERMAID);
      assertThat(Arrays.stream(DocumentFormat.values()).map(DocumentFormat::fileExtension))
          .containsExactly("md", "html", "csv", "ics", "mmd");
      assertThat(DocumentFormat.ICALENDAR.mediaType()).startsWith("text/calendar");
      assertThatThrownBy(() -> DocumentFormat.fromName("pdf")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'pdf'").hasMessageContaining("markdown").hasMessageContaining("icalendar");
    }

    @Test
    void theDefaultsAreSafeToShareAndReproducible() {
      RenderOptions defaults = RenderOptions.defaults();
      assertThat(defaults.audience()).isEqualTo(Audience.BUYER);
      assertThat(defaults.locale()).isEqualTo(Locale.ENGLISH);
      assertThat(defaults.generatedAt()).isEmpty();
      assertThat(defaults.scheduleOptions()).isEqualTo(ScheduleOptions.defaults());
      for (DocumentFormat format : DocumentFormat.values()) {
        assertThat(render(format, PLAN, defaults)).isEqualTo(render(format, PLAN, defaults));
      }
    }

    @Test
    void aClosingPlanIsRenderedForTheTeamOnly() {
      MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();

      assertThatThrownBy(() -> DocumentFormat.MARKDOWN.renderer(BUYER).render(closing))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing plan")
          .hasMessageContaining("Audience.INTERNAL");
      assertThat(render(DocumentFormat.MARKDOWN, closing, INTERNAL)).contains("- **Status:** Closing plan, draft\n");
    }

    @Test
    void renderingToAWriterGivesTheSameText() throws Exception {
      StringWriter out = new StringWriter();
      DocumentFormat.HTML.renderer(BUYER).render(PLAN, out);
      assertThat(out.toString()).isEqualTo(render(DocumentFormat.HTML, PLAN, BUYER));
    }

    @Test
    void nullIsRejectedWithTheParameterNamed() {
      NullPointerTester tester = new NullPointerTester()
          .setDefault(MutualActionPlan.class, PLAN)
          .setDefault(RenderOptions.class, BUYER)
          .setDefault(ScheduleOptions.class, ScheduleOptions.defaults());
      tester.testAllPublicStaticMethods(DocumentFormat.class);
      tester.testAllPublicInstanceMethods(DocumentFormat.HTML);
      tester.testAllPublicStaticMethods(RenderOptions.class);
      tester.testAllPublicInstanceMethods(BUYER);
      tester.testAllPublicInstanceMethods(RenderOptions.builder());
      for (DocumentFormat format : DocumentFormat.values()) {
        tester.testAllPublicInstanceMethods(format.renderer(BUYER));
      }
      assertThatThrownBy(() -> DocumentFormat.CSV.renderer(null)).hasMessage("options");
      assertThatThrownBy(() -> DocumentFormat.CSV.renderer(BUYER).render(null)).hasMessage("plan");
    }

    @Test
    void bothLanguagesHaveTheSameLabelsAndEveryValueHasOne() {
      Map<String, String> en = Labels.texts("en");
      Map<String, String> ru = Labels.texts("ru");
      assertThat(ru.keySet()).isEqualTo(en.keySet());
      Stream<Enum<?>> values = Stream.of(Side.values(), CommitmentStatus.values(), Standing.values(),
          CriterionCategory.values(), PlanStatus.values(), PlanKind.values(), Visibility.values())
          .flatMap(Arrays::stream);
      values.forEach(v -> assertThat(en).containsKey(v.getDeclaringClass().getSimpleName() + "." + v.name()));
      Role.standardRoles().forEach(r -> assertThat(en).containsKey("Role." + r.key()));
      assertThat(ru.values()).noneMatch(v -> v.toString().isBlank());
    }
  }

  // Keeps an unused-import check quiet when the examples change.
  static final List<Class<?>> USED = List.of(Commitment.class);
}
