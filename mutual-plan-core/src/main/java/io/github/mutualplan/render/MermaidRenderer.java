package io.github.mutualplan.render;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.Side;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes {@link DocumentFormat#MERMAID}: a {@code gantt} chart with a section per side and its scheduled
 * commitments, then a section of milestones.
 *
 * <ul>
 *   <li>A task has explicit dates: its early start and the day after its early finish, as Mermaid's end dates
 *       are exclusive. {@code crit} marks the critical path, {@code done} a done commitment.
 *   <li>A milestone is a zero-length task ({@code :milestone, m-contract-signed, 2027-06-30, 0d}) on its
 *       projected date.
 *   <li>Texts lose what Mermaid reads as syntax: {@code :} {@code ;} {@code #} {@code %} and line breaks become
 *       spaces. Task ids keep only {@code [A-Za-z0-9_-]} and are made unique.
 *   <li>Mermaid's own "today" marker is turned off, as it would show the day the chart is viewed.
 * </ul>
 */
final class MermaidRenderer implements DocumentWriter {
  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    Set<String> ids = new HashSet<>();
    out.append("gantt\n")
        .append("    title ").append(text(doc.plan().title())).append('\n')
        .append("    dateFormat YYYY-MM-DD\n")
        .append("    axisFormat %Y-%m-%d\n")
        .append("    todayMarker off\n");
    for (Side side : new Side[] {Side.BUYER, Side.SELLER}) {
      StringBuilder tasks = new StringBuilder();
      for (PlanDocument.CommitmentRow row : doc.rows(side)) {
        if (row.start().isEmpty()) {
          continue;
        }
        Commitment c = row.commitment();
        tasks.append("    ").append(text(c.title())).append(" :");
        if (row.critical()) {
          tasks.append("crit, ");
        }
        if (row.status() == CommitmentStatus.DONE) {
          tasks.append("done, ");
        }
        tasks.append(id("c-" + c.id().key(), ids)).append(", ").append(PlanDocument.isoDate(row.start().get()))
            .append(", ").append(PlanDocument.isoDate(row.finish().get().plusDays(1))).append('\n');
      }
      if (tasks.length() > 0) {
        out.append("    section ").append(text(doc.label(side) + " \u2013 " + doc.organization(side))).append('\n')
            .append(tasks);
      }
    }
    if (!doc.milestones().isEmpty()) {
      out.append("    section ").append(text(doc.label("column.milestone"))).append('\n');
      for (PlanDocument.MilestoneRow row : doc.milestones()) {
        Milestone m = row.milestone();
        out.append("    ").append(text(m.name())).append(" :milestone, ")
            .append(id("m-" + m.id().key(), ids)).append(", ").append(PlanDocument.isoDate(row.projected()))
            .append(", 0d\n");
      }
    }
  }

  /**
   * A text Mermaid shows as it is: {@code :}, {@code ;}, {@code #}, {@code %} and line breaks become spaces,
   * runs of spaces one, and an empty result a dash.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : PlainText.printable(value).toCharArray()) {
      boolean space = c == ':' || c == ';' || c == '#' || c == '%' || c == '\r' || c == '\n' || c == '\t'
          || Character.isWhitespace(c);
      if (!space) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    String text = out.toString().strip();
    return text.isEmpty() ? "-" : text;
  }

  /** A task id of {@code [A-Za-z0-9_-]} only, not used before in this chart. */
  static String id(String key, Set<String> used) {
    String base = key.replaceAll("[^A-Za-z0-9_-]", "_");
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }
}
