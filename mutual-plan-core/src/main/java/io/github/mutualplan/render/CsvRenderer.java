package io.github.mutualplan.render;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import java.util.List;

/**
 * Writes {@link DocumentFormat#CSV}: RFC 4180 with CRLF line ends, a localized header and then a row per
 * commitment and per milestone, in the plan's order. Types, sides, statuses and visibilities are written in
 * the document's language; identifiers are the plan's keys, the same in every language.
 */
final class CsvRenderer implements DocumentWriter {
  private static final List<String> COLUMNS = List.of("column.type", "column.id", "column.title", "column.side",
      "column.owner", "column.start", "column.finish", "column.due", "column.status", "column.critical",
      "column.milestone", "column.visibility");

  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    String[] header = new String[COLUMNS.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = doc.label(COLUMNS.get(i));
    }
    row(out, header);
    String yes = doc.label("value.yes");
    for (PlanDocument.CommitmentRow item : doc.rows()) {
      Commitment c = item.commitment();
      row(out,
          doc.label("type.commitment"),
          c.id().key(),
          c.title(),
          doc.label(item.side()),
          item.owner().orElse(""),
          item.start().map(PlanDocument::isoDate).orElse(""),
          item.finish().map(PlanDocument::isoDate).orElse(""),
          item.due().map(PlanDocument::isoDate).orElse(""),
          doc.label(item.status()),
          item.critical() ? yes : "",
          c.milestone().map(MilestoneId::key).orElse(""),
          doc.label(c.visibility()));
    }
    for (PlanDocument.MilestoneRow item : doc.milestones()) {
      Milestone m = item.milestone();
      row(out,
          doc.label("type.milestone"),
          m.id().key(),
          m.name(),
          "",
          item.owner().orElse(""),
          "",
          PlanDocument.isoDate(item.projected()),
          PlanDocument.isoDate(item.target()),
          "",
          "",
          item.closing() ? doc.label("value.closing") : "",
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
    String value = PlainText.printable(text);
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
