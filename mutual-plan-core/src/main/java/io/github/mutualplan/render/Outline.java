package io.github.mutualplan.render;

import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The content of the Markdown and HTML documents, in the document's language and free of any markup: a title,
 * the deal's facts, and sections of paragraphs, lists and tables. Each format escapes the texts its own way;
 * a writer in another module (the PDF document of {@code mutual-plan-pdf}, a format of your own) walks the same
 * content, so that every document of a plan says the same things in the same order.
 *
 * <pre>{@code
 * PlanDocument doc = PlanDocument.of(plan, Optional.empty(), RenderOptions.defaults());
 * Outline outline = Outline.of(doc);
 * StringBuilder text = new StringBuilder(outline.title()).append('\n');
 * outline.facts().forEach(fact -> text.append(fact.label()).append(": ").append(fact.value()).append('\n'));
 * for (Outline.Section section : outline.sections()) {
 *   text.append('\n').append(section.heading()).append('\n');
 *   for (Outline.Block block : section.blocks()) {
 *     if (block instanceof Outline.Paragraph) {
 *       text.append(((Outline.Paragraph) block).text()).append('\n');
 *     } else if (block instanceof Outline.Items) {
 *       ((Outline.Items) block).items().forEach(item -> text.append("- ").append(item).append('\n'));
 *     } else if (block instanceof Outline.Table) {
 *       ((Outline.Table) block).rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
 *     }                                   // Outline.Chart: where a Gantt chart of doc.rows() goes
 *   }
 * }
 * }</pre>
 *
 * <p>An outline is made once per document and not changed after {@link #of(PlanDocument)}; its lists cannot be
 * changed through its accessors. Every text is plain text: it may hold any character, line breaks included.
 */
public final class Outline {
  /**
   * A block of a section: a {@link Paragraph}, {@link Items}, a {@link Table} or the place of the
   * {@link Chart}. A writer handles each of the four.
   */
  public sealed interface Block permits Paragraph, Items, Table, Chart {}

  /**
   * A paragraph of text.
   *
   * @param text the text
   */
  public record Paragraph(String text) implements Block {
    /** Rejects null. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A bulleted list.
   *
   * @param items the items, in order, each a plain text
   */
  public record Items(List<String> items) implements Block {
    /** Keeps an unmodifiable copy of the items. */
    public Items {
      items = List.copyOf(items);
    }
  }

  /**
   * A table with a header row. Every row has as many cells as the header; a cell may be empty.
   *
   * @param header the header row: the columns' labels
   * @param rows the rows, in order
   */
  public record Table(List<String> header, List<List<String>> rows) implements Block {
    /** Keeps unmodifiable copies of the header and the rows. */
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * Where the Gantt chart of the plan's timeline goes: the HTML page draws it from
   * {@link PlanDocument#rows()} and {@link PlanDocument#milestones()}; Markdown leaves it out.
   */
  public record Chart() implements Block {}

  /**
   * A section: a heading of level 2 or 3 (the title is level 1), and its blocks. A section of level 3 belongs to
   * the section of level 2 before it; a section may have no block when only its subsections do.
   *
   * @param level 2 or 3
   * @param heading the heading
   * @param blocks the blocks, in order
   */
  public record Section(int level, String heading, List<Block> blocks) {
    /** Keeps an unmodifiable copy of the blocks. */
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * A label and its value, such as "Target close" and "2027-06-30".
   *
   * @param label the label, in the document's language
   * @param value the value
   */
  public record Fact(String label, String value) {
    /** Rejects null. */
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  final String title;
  final List<Fact> facts = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  private final PlanDocument doc;

  private Outline(PlanDocument doc) {
    this.doc = doc;
    this.title = doc.plan().title();
  }

  /**
   * The outline of a document: its title, facts and sections, in the document's language, with what its
   * audience sees.
   *
   * @param doc the document
   * @return its outline
   */
  public static Outline of(PlanDocument doc) {
    Objects.requireNonNull(doc, "doc");
    Outline outline = new Outline(doc);
    outline.dealFacts();
    outline.objectives();
    outline.stakeholders();
    outline.timeline();
    outline.commitments();
    outline.criteria();
    outline.metrics();
    outline.signOffs();
    return outline;
  }

  /** The document's title: the plan's title. */
  public String title() {
    return title;
  }

  /** The deal's facts, in order: account, value, parties, owners, status, version, dates. Unmodifiable. */
  public List<Fact> facts() {
    return Collections.unmodifiableList(facts);
  }

  /**
   * The sections, in order: objectives, stakeholders, timeline (with the {@link Chart}), commitments (a level-3
   * section per side), decision criteria, success metrics, sign-off. Unmodifiable.
   */
  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  private void dealFacts() {
    MutualActionPlan plan = doc.plan();
    fact("fact.account", plan.deal().accountName());
    fact("fact.value", plan.deal().value().amount().toPlainString() + " "
        + plan.deal().value().currency().getCurrencyCode());
    fact("fact.parties", doc.label(Side.SELLER) + ": " + plan.sellerOrganization() + "; "
        + doc.label(Side.BUYER) + ": " + plan.buyerOrganization());
    fact("fact.owners", plan.owners().stream().map(doc::name).collect(Collectors.joining(", ")));
    fact("fact.status", doc.label(plan.kind()) + ", " + doc.label(plan.status()).toLowerCase(doc.locale()));
    fact("fact.version", Long.toString(plan.version()));
    fact("fact.start", PlanDocument.date(plan.start()));
    fact("fact.targetClose", PlanDocument.date(plan.targetClose()));
    fact("fact.projectedClose", PlanDocument.date(doc.projectedClose()));
    doc.asOf().ifPresent(today -> fact("fact.asOf", PlanDocument.date(today)));
  }

  private void fact(String key, String value) {
    facts.add(new Fact(doc.label(key), value));
  }

  private void objectives() {
    List<String> items = new ArrayList<>();
    for (Objective objective : doc.plan().objectives()) {
      items.add(objective.title() + objective.description().map(d -> ": " + d).orElse(""));
    }
    section(2, "section.objectives", items.isEmpty() ? none() : new Items(items));
  }

  private void stakeholders() {
    List<List<String>> rows = new ArrayList<>();
    for (Stakeholder s : doc.plan().stakeholders()) {
      rows.add(List.of(s.name(), s.title().orElse(""), doc.label(s.side()),
          s.roles().stream().map(doc::label).collect(Collectors.joining(", "))));
    }
    section(2, "section.stakeholders", table(rows, "column.name", "column.jobTitle", "column.side", "column.roles"));
  }

  private void timeline() {
    List<List<String>> rows = new ArrayList<>();
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      String name = m.closing() ? m.milestone().name() + " (" + doc.label("value.closing") + ")"
          : m.milestone().name();
      rows.add(List.of(name, PlanDocument.date(m.target()), PlanDocument.date(m.projected())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Chart());
    blocks.add(rows.isEmpty() ? none()
        : table(rows, "column.milestone", "column.targetDate", "column.projectedDate"));
    sections.add(new Section(2, doc.label("section.timeline"), blocks));
  }

  private void commitments() {
    sections.add(new Section(2, doc.label("section.commitments"), List.of()));
    for (Side side : List.of(Side.BUYER, Side.SELLER)) {
      List<List<String>> rows = new ArrayList<>();
      for (PlanDocument.CommitmentRow c : doc.rows(side)) {
        String none = doc.label("value.none");
        rows.add(List.of(
            c.commitment().title(),
            c.commitment().deliverable().orElse(""),
            c.owner().orElse(""),
            c.start().map(PlanDocument::date).orElse(none),
            c.finish().map(PlanDocument::date).orElse(none),
            c.due().map(PlanDocument::date).orElse(""),
            doc.label(c.status()),
            c.critical() ? doc.label("value.yes") : ""));
      }
      String heading = doc.label("text.sideCommitments", doc.label(side), doc.organization(side));
      sections.add(new Section(3, heading, List.of(rows.isEmpty() ? none()
          : table(rows, "column.title", "column.deliverable", "column.owner", "column.start", "column.finish",
              "column.due", "column.status", "column.critical"))));
    }
  }

  private void criteria() {
    List<List<String>> rows = new ArrayList<>();
    for (DecisionCriterion c : doc.plan().decisionCriteria()) {
      rows.add(List.of(c.name(), doc.label(c.category()), Integer.toString(c.weight()),
          c.owner().map(doc::name).orElse(""), doc.label(c.standing())));
    }
    section(2, "section.criteria", rows.isEmpty() ? none()
        : table(rows, "column.name", "column.category", "column.weight", "column.owner", "column.standing"));
  }

  private void metrics() {
    List<List<String>> rows = new ArrayList<>();
    for (SuccessMetric m : doc.plan().successMetrics()) {
      String none = doc.label("value.none");
      rows.add(List.of(m.name(),
          m.baseline().map(BigDecimal::toPlainString).orElse(none) + " \u2192 "
              + m.target().map(BigDecimal::toPlainString).orElse(none),
          m.unit(), PlanDocument.date(m.measuredBy())));
    }
    section(2, "section.metrics", rows.isEmpty() ? none()
        : table(rows, "column.metric", "column.baselineToTarget", "column.unit", "column.measuredBy"));
  }

  private void signOffs() {
    List<String> items = new ArrayList<>();
    MutualActionPlan plan = doc.plan();
    for (StakeholderId owner : plan.owners()) {
      String who = doc.name(owner) + plan.stakeholder(owner).map(s -> " (" + doc.label(s.side()) + ")")
          .orElse("");
      Optional<SignOff> signed = plan.signOffs().stream().filter(s -> s.stakeholder().equals(owner))
          .findFirst();
      if (signed.isPresent()) {
        SignOff s = signed.get();
        String text = who + ": " + doc.label("text.signed", Long.toString(s.version()),
            PlanDocument.date(s.signedAt().atZone(plan.zone()).toLocalDate()));
        items.add(s.stale() ? text + " (" + doc.label("text.stale") + ")" : text);
      } else {
        items.add(who + ": " + doc.label("text.toSign"));
      }
    }
    section(2, "section.signOffs", new Items(items));
  }

  private void section(int level, String headingKey, Block block) {
    sections.add(new Section(level, doc.label(headingKey), List.of(block)));
  }

  private Paragraph none() {
    return new Paragraph(doc.label("text.noItems"));
  }

  private Table table(List<List<String>> rows, String... columnKeys) {
    List<String> header = new ArrayList<>();
    for (String key : columnKeys) {
      header.add(doc.label(key));
    }
    return new Table(header, rows);
  }
}
