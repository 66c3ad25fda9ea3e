package io.github.mutualplan.render;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.schedule.ScheduledCommitment;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link DocumentFormat#CSV}: RFC 4180 with CRLF line ends, a localized header and then a row per
 * commitment and per milestone, in the plan's order. Types, sides, statuses and visibilities are written in
 * the document's language; identifiers are the plan's keys, the same in every language.
 */
final class CsvRenderer extends BaseRenderer {
  private static final List<String> COLUMNS = List.of("column.type", "column.id", "column.title", "column.side",
      "column.owner", "column.start", "column.finish", "column.due", "column.status", "column.critical",
      "column.milestone", "column.visibility");

  CsvRenderer(RenderOptions options) {
    super(options);
  }

  @Override
  void write(PlanDocument doc, StringBuilder out) {
    String[] header = new String[COLUMNS.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = doc.label(COLUMNS.get(i));
    }
    row(out, header);
    String yes = doc.label("value.yes");
    for (Commitment c : doc.plan.commitments()) {
      Optional<ScheduledCommitment> dates = doc.scheduled(c);
      row(out,
          doc.label("type.commitment"),
          c.id().key(),
          c.title(),
          doc.label(c.owingSide()),
          doc.accountable(c),
          dates.map(d -> PlanDocument.date(d.earlyStart())).orElse(""),
          dates.map(d -> PlanDocument.date(d.earlyFinish())).orElse(""),
          c.due().map(PlanDocument::date).orElse(""),
          doc.label(c.status()),
          doc.critical(c) ? yes : "",
          c.milestone().map(MilestoneId::key).orElse(""),
          doc.label(c.visibility()));
    }
    for (Milestone m : doc.plan.milestones()) {
      row(out,
          doc.label("type.milestone"),
          m.id().key(),
          m.name(),
          "",
          m.accountable().map(doc::name).orElse(""),
          "",
          PlanDocument.date(doc.projected(m)),
          PlanDocument.date(m.targetDate()),
          "",
          "",
          m.closing() ? doc.label("value.closing") : "",
          doc.label(m.visibility()));
    }
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells[i]));
    }
    out.append("\r\n");
  }

  /**
   * One field: neutralized against formula injection (a leading {@code '} before {@code = + - @}, tab or
   * carriage return), then quoted, with its quotes doubled, when it holds a comma, a quote, CR or LF.
   */
  static String field(String text) {
    String value = printable(text);
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
