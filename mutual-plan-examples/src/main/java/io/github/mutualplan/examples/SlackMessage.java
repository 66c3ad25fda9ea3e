package io.github.mutualplan.examples;

import io.github.mutualplan.render.DocumentWriter;
import io.github.mutualplan.render.PlanDocument;

/**
 * A format of one's own: the open steps of a plan as a Slack message for the deal's channel, written from the
 * library's document model, so its dates, its audience's view and its labels are those of the built-in formats.
 * {@code PlanRenderer.of(RenderOptions.defaults(), new SlackMessage()).render(plan, today)} is the buyer's.
 */
public final class SlackMessage implements DocumentWriter {
  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    out.append('*').append(text(doc.plan().title())).append("*\n")
        .append(doc.label("fact.targetClose")).append(": ").append(doc.plan().targetClose()).append(", ")
        .append(doc.label("fact.projectedClose").toLowerCase(doc.locale())).append(": ").append(doc.projectedClose())
        .append(doc.asOf().map(day -> " (" + doc.label("fact.asOf").toLowerCase(doc.locale()) + " " + day + ")")
            .orElse(""))
        .append('\n');
    for (PlanDocument.CommitmentRow row : doc.rows()) {
      if (row.status().isPending()) {
        out.append(row.late() ? ":warning: " : ":white_small_square: ").append(text(row.commitment().title()))
            .append(" \u2013 ").append(text(row.owner().orElse(doc.organization(row.side()))))
            .append(row.finish().map(day -> ", " + day).orElse(""))
            .append(row.late() ? " (" + doc.label("text.dueOn", row.due().orElseThrow().toString()) + ")" : "")
            .append('\n');
      }
    }
  }

  /** A text as Slack shows it: its three control characters escaped. */
  static String text(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
