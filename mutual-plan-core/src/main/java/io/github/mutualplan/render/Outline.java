package io.github.mutualplan.render;

import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.ScheduledCommitment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The content of every document of a plan, in the document's language and free of any markup: a heading, the
 * plan's title, a summary, the deal's facts, and sections of headings, paragraphs, lists, tables and the place of
 * the chart. The HTML and Markdown documents are written from it, and so is the PDF document of
 * {@code mutual-plan-pdf}; a format of your own walks the same content, so that every document of a plan says the
 * same things in the same order. Each format escapes the texts its own way.
 *
 * <pre>{@code
 * PlanDocument doc = PlanDocument.of(plan, Optional.empty(), RenderOptions.defaults());
 * Outline outline = Outline.of(doc);
 * StringBuilder text = new StringBuilder(outline.heading()).append('\n');
 * outline.facts().forEach(fact -> text.append(fact.label()).append(": ").append(fact.value()).append('\n'));
 * for (Outline.Section section : outline.sections()) {
 *   text.append('\n').append(section.heading()).append('\n');
 *   for (Outline.Block block : section.blocks()) {
 *     if (block instanceof Outline.Paragraph) {
 *       text.append(((Outline.Paragraph) block).text()).append('\n');
 *     } else if (block instanceof Outline.Items) {
 *       ((Outline.Items) block).items().forEach(item -> text.append("- ").append(item.text()).append('\n'));
 *     } else if (block instanceof Outline.Table) {
 *       ((Outline.Table) block).rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
 *     }     // Outline.Heading: a heading one level below the section's; Outline.Chart: the Gantt chart's place
 *   }
 * }
 * }</pre>
 *
 * <p><b>Styles.</b> A section, block, list item, table column or row may carry a style, {@code ""} for none: a
 * hint of how to mark it, which says nothing the text does not say too, so a writer may ignore it. The HTML page
 * uses them as CSS classes. Rows and items: {@code late} (past its due date), {@code stale} (a sign-off of an
 * older version with a material change since), {@code current}, {@code holds}, {@code unsigned}, {@code unowned}
 * (a criterion without owner), {@code risk <severity>} (a finding); lists: {@code glance}, {@code owed},
 * {@code signoffs}, {@code risks}; paragraphs: {@code warn}; columns: {@code date} (never wrapped), {@code num} (a
 * number), {@code status}; sections name themselves ({@code summary}, {@code timeline}, {@code commitments}, ...).
 *
 * <p>An outline is made once per document and never changed; its lists cannot be changed. Every text is plain
 * text: it may hold any character, line breaks included. Dates and money are written as the document's locale
 * writes them. Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Outline {
  /** Days ahead that the summary lists what the buyer owes: two weeks. */
  static final int OWED_WINDOW_DAYS = 14;
  /** The late items the summary lists, the latest first; the tables flag every one. */
  static final int LATE_SHOWN = 5;

  /** A block of a section; a writer handles each of the five kinds. */
  public sealed interface Block permits Heading, Paragraph, Items, Table, Chart {}

  /**
   * A heading within a section, one level below the section's.
   *
   * @param text the heading
   */
  public record Heading(String text) implements Block {
    /** Rejects null. */
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A paragraph of text.
   *
   * @param text the text
   * @param style how to mark it, such as {@code warn}; {@code ""} for none
   */
  public record Paragraph(String text, String style) implements Block {
    /** Rejects null. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }

    Paragraph(String text) {
      this(text, "");
    }
  }

  /**
   * An item of a list.
   *
   * @param text the text
   * @param style how to mark it, such as {@code stale}; {@code ""} for none
   */
  public record Item(String text, String style) {
    /** Rejects null. */
    public Item {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }

  /**
   * A bulleted list.
   *
   * @param items the items, in order
   * @param style how to mark the list; {@code ""} for none
   */
  public record Items(List<Item> items, String style) implements Block {
    /** Keeps an unmodifiable copy of the items. */
    public Items {
      items = List.copyOf(items);
      Objects.requireNonNull(style, "style");
    }
  }

  /**
   * A table with a header row; every row has as many cells as the header, and a cell may be empty.
   *
   * @param header the columns' labels
   * @param rows the rows, in order
   * @param columnStyles a style per column: {@code date} for dates, which never wrap; {@code num} for numbers
   * @param rowStyles a style per row, such as {@code late}
   */
  public record Table(List<String> header, List<List<String>> rows, List<String> columnStyles,
      List<String> rowStyles) implements Block {
    /** Keeps unmodifiable copies of the lists. */
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());
      columnStyles = List.copyOf(columnStyles);
      rowStyles = List.copyOf(rowStyles);
    }
  }

  /**
   * Where the Gantt chart of the plan's timeline goes: the HTML and PDF documents draw it from
   * {@link PlanDocument#rows()} and {@link PlanDocument#milestones()}; Markdown leaves it out.
   */
  public record Chart() implements Block {}

  /**
   * A section.
   *
   * @param level 2, or 3 for a section within the one before
   * @param heading its heading
   * @param blocks its blocks, in order
   * @param style what the section is, such as {@code summary} or {@code timeline}
   */
  public record Section(int level, String heading, List<Block> blocks, String style) {
    /** Keeps an unmodifiable copy of the blocks. */
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
      Objects.requireNonNull(style, "style");
    }
  }

  /**
   * A label and its value, such as "Target close" and "Jun 30, 2027".
   *
   * @param label the label
   * @param value the value
   */
  public record Fact(String label, String value) {
    /** Rejects null. */
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The plan's own title, the heading of the Markdown document. */
  final String title;
  /** What the document is and between whom: "Mutual action plan: Northwind Health and Acme Software". */
  final String heading;
  /** The summary a reader takes in at a glance, before the facts. */
  final Section summary;
  final List<Fact> facts = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  private final PlanDocument doc;
  private final Formats formats;
  private final LocalDate today;

  private Outline(PlanDocument doc, Formats formats) {
    this.doc = doc;
    this.formats = formats;
    this.today = doc.asOf().orElse(doc.plan().start());
    MutualActionPlan plan = doc.plan();
    this.title = plan.title();
    this.heading = doc.label("text.documentTitle", doc.label(plan.kind()), plan.buyerOrganization(),
        plan.sellerOrganization());
    this.summary = glance();
  }

  /** The outline of a document, its dates and money written as the document's locale writes them. */
  public static Outline of(PlanDocument doc) {
    return of(Objects.requireNonNull(doc, "doc"), doc.formats());
  }

  static Outline of(PlanDocument doc, Formats formats) {
    Outline outline = new Outline(doc, formats);
    outline.dealFacts();
    outline.objectives();
    outline.stakeholders();
    outline.timeline();
    outline.commitments();
    outline.criteria();
    outline.metrics();
    outline.signOffs();
    outline.risks();
    return outline;
  }

  /** What the document is and between whom: "Mutual action plan: Northwind Health and Acme Software". */
  public String heading() {
    return heading;
  }

  /** The plan's own title. */
  public String title() {
    return title;
  }

  /** The summary a reader takes in at a glance: the close, the progress, what the buyer owes, what is late. */
  public Section summary() {
    return summary;
  }

  /** The deal's facts, in order. */
  public List<Fact> facts() {
    return Collections.unmodifiableList(facts);
  }

  /** The sections after the facts, in order. */
  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  /** A date as the document writes it. */
  String date(LocalDate day) {
    return formats.date(day);
  }

  /** A number of calendar days: "1 day", "11 days", "11 дней". */
  String days(long count) {
    return doc.label("unit.days." + plural(count), Long.toString(count));
  }

  /**
   * The plural category of a count, the suffix of its label's key: {@code one} (1), {@code oneOf} (21, 31, 101...:
   * singular in Russian, plural in English), {@code few} (2 to 4, 22 to 24...) or {@code many} (the rest).
   */
  static String plural(long count) {
    long n = Math.abs(count);
    if (n % 10 == 1 && n % 100 != 11) {
      return n == 1 ? "one" : "oneOf";
    }
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
      return "few";
    }
    return "many";
  }

  private Section glance() {
    MutualActionPlan plan = doc.plan();
    List<Block> blocks = new ArrayList<>();
    List<Item> glance = new ArrayList<>();
    long closeLate = ChronoUnit.DAYS.between(plan.targetClose(), doc.projectedClose());
    glance.add(new Item(doc.label("text.summaryClose", date(plan.targetClose()), date(doc.projectedClose()),
        closeLate > 0 ? doc.label("text.lateBy", days(closeLate)) : doc.label("text.onTrack")),
        closeLate > 0 ? "late" : ""));
    List<PlanDocument.CommitmentRow> counted = doc.rows().stream()
        .filter(r -> r.status() != CommitmentStatus.CANCELLED).collect(Collectors.toList());
    long done = counted.stream().filter(r -> r.status() == CommitmentStatus.DONE).count();
    String progress = counted.isEmpty() ? doc.label("text.noCommitments")
        : doc.label("text.summaryProgress", Long.toString(done), Long.toString(counted.size()),
            formats.percent((double) done / counted.size()));
    String left;
    if (today.isAfter(plan.targetClose())) {
      left = doc.label("text.targetPassed", days(ChronoUnit.DAYS.between(plan.targetClose(), today)));
    } else {
      long working = workingDays(doc.schedule().calendar(Side.SELLER), today, plan.targetClose());
      left = doc.label("text.workingDaysLeft", doc.label("unit.workingDays." + plural(working),
          Long.toString(working)), date(today));
    }
    glance.add(new Item(progress + "; " + left, ""));
    blocks.add(new Items(glance, "glance"));

    LocalDate until = today.plusDays(OWED_WINDOW_DAYS - 1);
    blocks.add(new Heading(doc.label("text.owedByBuyer", plan.buyerOrganization(), date(until))));
    List<Item> owed = new ArrayList<>();
    doc.rows(Side.BUYER).stream()
        .filter(r -> r.status() != CommitmentStatus.DONE && r.status() != CommitmentStatus.CANCELLED)
        .filter(r -> deadline(r).filter(d -> !d.isAfter(until)).isPresent())
        .sorted(Comparator.comparing(r -> deadline(r).get()))
        .forEach(r -> {
          String text = doc.label(r.due().isPresent() ? "text.owedDue" : "text.owedFinish", r.commitment().title(),
              r.owner().orElse(doc.label("value.noOwner")), date(deadline(r).get()));
          owed.add(r.late() ? new Item(text + ", " + doc.label("text.lateBy", days(lateBy(r))), "late")
              : new Item(text, ""));
        });
    blocks.add(owed.isEmpty() ? new Paragraph(doc.label("text.nothingOwed")) : new Items(owed, "owed"));

    List<Late> late = new ArrayList<>();
    for (PlanDocument.CommitmentRow r : doc.rows()) {
      // What is late is what is still to do: a commitment done after its due date is history, flagged in its row.
      if (r.late() && r.status() != CommitmentStatus.DONE && r.status() != CommitmentStatus.CANCELLED) {
        late.add(new Late(lateBy(r), doc.label("text.lateCommitment", r.commitment().title(), doc.label(r.side()),
            date(r.due().get()), date(r.finish().get()), days(lateBy(r)))));
      }
    }
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      if (m.late()) {
        long by = ChronoUnit.DAYS.between(m.target(), m.projected());
        late.add(new Late(by, doc.label("text.lateMilestone", m.milestone().name(), date(m.target()),
            date(m.projected()), days(by))));
      }
    }
    late.sort(Comparator.comparingLong(Late::days).reversed()); // stable: milestones after commitments on a tie
    blocks.add(new Heading(late.isEmpty() ? doc.label("text.lateItems")
        : doc.label("text.lateCount", Integer.toString(late.size()))));
    if (late.isEmpty()) {
      blocks.add(new Paragraph(doc.label("text.nothingLate")));
    } else {
      List<Item> items = late.stream().limit(LATE_SHOWN).map(l -> new Item(l.text(), "late"))
          .collect(Collectors.toCollection(ArrayList::new));
      if (late.size() > LATE_SHOWN) {
        items.add(new Item(doc.label("text.moreLate", Integer.toString(late.size() - LATE_SHOWN)), ""));
      }
      blocks.add(new Items(items, "late"));
    }
    return new Section(2, doc.label("section.summary"), blocks, "summary");
  }

  private record Late(long days, String text) {}

  /** Calendar days from a late commitment's due date to its scheduled finish. */
  private static long lateBy(PlanDocument.CommitmentRow row) {
    return ChronoUnit.DAYS.between(row.due().get(), row.finish().get());
  }

  /** The day a commitment is due, or else the day it is scheduled to finish. */
  private static Optional<LocalDate> deadline(PlanDocument.CommitmentRow row) {
    return row.due().or(row::finish);
  }

  /** Working days after {@code from} up to and including {@code to}. */
  private static long workingDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private void dealFacts() {
    MutualActionPlan plan = doc.plan();
    fact("fact.account", plan.deal().accountName());
    fact("fact.value", formats.money(plan.deal().value()));
    fact("fact.parties", doc.label(Side.SELLER) + ": " + plan.sellerOrganization() + "; "
        + doc.label(Side.BUYER) + ": " + plan.buyerOrganization());
    fact("fact.owners", plan.owners().stream().map(doc::name).collect(Collectors.joining(", ")));
    fact("fact.status", doc.label(plan.kind()) + ", " + doc.label(plan.status()).toLowerCase(doc.locale()));
    fact("fact.version", Long.toString(plan.version()));
    fact("fact.start", date(plan.start()));
    fact("fact.targetClose", date(plan.targetClose()));
    fact("fact.projectedClose", date(doc.projectedClose()));
    doc.asOf().ifPresent(day -> fact("fact.asOf", date(day)));
  }

  private void fact(String key, String value) {
    facts.add(new Fact(doc.label(key), value));
  }

  private void objectives() {
    List<Item> items = new ArrayList<>();
    for (Objective objective : doc.plan().objectives()) {
      items.add(new Item(objective.title() + objective.description().map(d -> ": " + d).orElse(""), ""));
    }
    section(2, "section.objectives", items.isEmpty() ? none() : new Items(items, ""));
  }

  private void stakeholders() {
    List<List<String>> rows = new ArrayList<>();
    for (Stakeholder s : doc.plan().stakeholders()) {
      rows.add(List.of(s.name(), s.title().orElse(""), doc.label(s.side()),
          s.roles().stream().map(doc::label).collect(Collectors.joining(", "))));
    }
    section(2, "section.stakeholders", table(rows, List.of(), "column.name", "column.jobTitle", "column.side",
        "column.roles"));
  }

  private void timeline() {
    List<List<String>> rows = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      String name = m.closing() ? m.milestone().name() + " (" + doc.label("value.closing") + ")"
          : m.milestone().name();
      long by = ChronoUnit.DAYS.between(m.target(), m.projected());
      rows.add(List.of(name, date(m.target()), date(m.projected()),
          by > 0 ? doc.label("text.lateBy", days(by)) : doc.label("text.onTrack")));
      styles.add(by > 0 ? "late" : "");
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Chart());
    blocks.add(rows.isEmpty() ? none() : new Table(header("column.milestone", "column.targetDate",
        "column.projectedDate", "column.versusTarget"), rows, List.of("", "date", "date", "status"), styles));
    sections.add(new Section(2, doc.label("section.timeline"), blocks, "timeline"));
  }

  private void commitments() {
    sections.add(new Section(2, doc.label("section.commitments"), List.of(), "commitments"));
    boolean internal = doc.audience() == Audience.INTERNAL;
    for (Side side : List.of(Side.BUYER, Side.SELLER)) {
      List<List<String>> rows = new ArrayList<>();
      List<String> styles = new ArrayList<>();
      for (PlanDocument.CommitmentRow c : doc.rows(side)) {
        String none = doc.label("value.none");
        String status = doc.label(c.status());
        if (c.late()) {
          status += ", " + doc.label("text.lateBy", days(ChronoUnit.DAYS.between(c.due().get(), c.finish().get())));
        }
        List<String> row = new ArrayList<>(List.of(
            c.commitment().title(),
            c.commitment().deliverable().orElse(""),
            c.owner().orElse(""),
            c.start().map(this::date).orElse(none),
            c.finish().map(this::date).orElse(none),
            c.due().map(this::date).orElse(""),
            status,
            c.critical() ? doc.label("value.yes") : ""));
        if (internal) {
          row.add(c.scheduled().map(ScheduledCommitment::totalSlack).map(String::valueOf).orElse(none));
        }
        rows.add(row);
        styles.add(c.late() ? "late" : "");
      }
      String heading = doc.label("text.sideCommitments", doc.label(side), doc.organization(side));
      List<String> header = new ArrayList<>(header("column.title", "column.deliverable", "column.owner",
          "column.start", "column.finish", "column.due", "column.status", "column.critical"));
      List<String> columns = new ArrayList<>(List.of("", "", "", "date", "date", "date", "status", ""));
      if (internal) {
        header.add(doc.label("column.slack"));
        columns.add("num");
      }
      sections.add(new Section(3, heading, List.of(rows.isEmpty() ? none()
          : new Table(header, rows, columns, styles)), side == Side.BUYER ? "buyer" : "seller"));
    }
  }

  private void criteria() {
    List<DecisionCriterion> criteria = doc.plan().decisionCriteria();
    if (criteria.isEmpty()) {
      section(2, "section.criteria", none());
      return;
    }
    int total = criteria.stream().mapToInt(DecisionCriterion::weight).sum();
    List<List<String>> rows = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    for (DecisionCriterion c : criteria) {
      rows.add(List.of(c.name(), doc.label(c.category()), Integer.toString(c.weight()),
          formats.percent((double) c.weight() / total),
          c.owner().map(doc::name).orElse(doc.label("value.noOwner")), doc.label(c.standing())));
      styles.add(c.owner().isPresent() ? "" : "unowned");
    }
    List<Block> blocks = new ArrayList<>();
    if (total != 100) {
      blocks.add(new Paragraph(doc.label("text.weightsTotal", Integer.toString(total)), "warn"));
    }
    long unowned = criteria.stream().filter(c -> c.owner().isEmpty()).count();
    if (unowned > 0) {
      blocks.add(new Paragraph(doc.label("text.criteriaWithoutOwner", Long.toString(unowned),
          Integer.toString(criteria.size())), "warn"));
    }
    blocks.add(new Table(header("column.name", "column.category", "column.weight", "column.share",
        "column.owner", "column.standing"), rows, List.of("", "", "num", "num", "", ""), styles));
    sections.add(new Section(2, doc.label("section.criteria"), blocks, "criteria"));
  }

  private void metrics() {
    List<List<String>> rows = new ArrayList<>();
    for (SuccessMetric m : doc.plan().successMetrics()) {
      rows.add(List.of(m.name(), goal(m), date(m.measuredBy())));
    }
    section(2, "section.metrics", rows.isEmpty() ? none()
        : table(rows, List.of("", "", "date"), "column.metric", "column.goal", "column.measuredBy"));
  }

  /** A metric's baseline and target, those it has: "52 → 38 days", "target 38 days", "not set yet". */
  private String goal(SuccessMetric m) {
    String unit = m.unit().strip();
    Optional<String> baseline = m.baseline().map(formats::number);
    Optional<String> target = m.target().map(formats::number);
    String text;
    if (baseline.isPresent() && target.isPresent()) {
      text = doc.label("text.metricFromTo", baseline.get(), target.get(), unit);
    } else if (target.isPresent()) {
      text = doc.label("text.metricTarget", target.get(), unit);
    } else if (baseline.isPresent()) {
      text = doc.label("text.metricBaseline", baseline.get(), unit);
    } else {
      return doc.label("value.notSet");
    }
    return text.strip();
  }

  private void signOffs() {
    List<Item> items = new ArrayList<>();
    MutualActionPlan plan = doc.plan();
    String current = Long.toString(plan.version());
    for (StakeholderId owner : plan.owners()) {
      String who = doc.name(owner) + plan.stakeholder(owner).map(s -> " (" + doc.label(s.side()) + ")")
          .orElse("");
      Optional<SignOff> signed = plan.signOffs().stream().filter(s -> s.stakeholder().equals(owner))
          .findFirst();
      if (signed.isPresent()) {
        SignOff s = signed.get();
        String text = who + ": " + doc.label("text.signed", Long.toString(s.version()),
            date(s.signedAt().atZone(plan.zone()).toLocalDate()));
        if (s.stale()) {
          items.add(new Item(text + " \u2014 " + doc.label("text.stale", current), "stale"));
        } else if (s.version() == plan.version()) {
          items.add(new Item(text + " \u2014 " + doc.label("text.signedCurrent"), "current"));
        } else {
          items.add(new Item(text + " \u2014 " + doc.label("text.signedEarlier", current), "holds"));
        }
      } else {
        items.add(new Item(who + ": " + doc.label("text.toSign"), "unsigned"));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(doc.label("text.currentVersion", current)));
    blocks.add(new Items(items, "signoffs"));
    sections.add(new Section(2, doc.label("section.signOffs"), blocks, "signoffs"));
  }

  /** For the seller's team, as of a day: what the standard risk rules find. The buyer never sees it. */
  private void risks() {
    if (doc.audience() != Audience.INTERNAL || doc.asOf().isEmpty()) {
      return;
    }
    RiskReport report = RiskAssessor.standard().withScheduleOptions(doc.options().scheduleOptions())
        .assess(doc.plan(), doc.asOf().get());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(doc.label("text.health", Integer.toString(report.healthScore()))));
    List<Item> items = new ArrayList<>();
    for (RiskFinding f : report.findings()) {
      items.add(new Item(doc.label(f.severity()) + ": " + f.message(doc.locale()) + " \u2014 "
          + f.action(doc.locale()), "risk " + f.severity().name().toLowerCase(java.util.Locale.ROOT)));
    }
    blocks.add(items.isEmpty() ? none() : new Items(items, "risks"));
    sections.add(new Section(2, doc.label("section.risks"), blocks, "risks internal"));
  }

  private void section(int level, String headingKey, Block block) {
    sections.add(new Section(level, doc.label(headingKey), List.of(block),
        headingKey.substring("section.".length())));
  }

  private Paragraph none() {
    return new Paragraph(doc.label("text.noItems"));
  }

  private List<String> header(String... columnKeys) {
    List<String> header = new ArrayList<>();
    for (String key : columnKeys) {
      header.add(doc.label(key));
    }
    return header;
  }

  private Table table(List<List<String>> rows, List<String> columnStyles, String... columnKeys) {
    List<String> header = header(columnKeys);
    List<String> columns = new ArrayList<>(columnStyles);
    while (columns.size() < header.size()) {
      columns.add("");
    }
    List<String> rowStyles = new ArrayList<>();
    rows.forEach(r -> rowStyles.add(""));
    return new Table(header, rows, columns, rowStyles);
  }
}
