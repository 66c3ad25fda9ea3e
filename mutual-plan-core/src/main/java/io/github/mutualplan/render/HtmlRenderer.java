package io.github.mutualplan.render;

import java.util.List;

/** Writes {@link DocumentFormat#HTML}: one self-contained page that is well-formed XML too. */
final class HtmlRenderer implements DocumentWriter {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1f2328;"
          + "margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.45}",
      "h1{font-size:1.7rem;margin-bottom:.5rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;"
          + "margin-top:2rem}",
      "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.facts dt{font-weight:600}"
          + "dl.facts dd{margin:0}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;"
          + "padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}",
      ".gantt{overflow-x:auto}.gantt svg{font-family:inherit;font-size:11px}",
      "@media print{.gantt{overflow:visible}}");

  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    Outline outline = Outline.of(doc);
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(doc.language()).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"UTF-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"generator\" content=\"mutual-plan\" />\n")
        .append("<title>").append(escape(outline.title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n")
        .append("</head>\n<body>\n")
        .append("<h1>").append(escape(outline.title)).append("</h1>\n")
        .append("<dl class=\"facts\">\n");
    for (Outline.Fact fact : outline.facts) {
      out.append("<dt>").append(escape(fact.label())).append("</dt><dd>").append(escape(fact.value()))
          .append("</dd>\n");
    }
    out.append("</dl>\n");
    for (Outline.Section section : outline.sections) {
      String h = "h" + section.level();
      out.append('<').append(h).append('>').append(escape(section.heading())).append("</").append(h).append(">\n");
      for (Outline.Block block : section.blocks()) {
        block(doc, block, out);
      }
    }
    out.append("</body>\n</html>\n");
  }

  private static void block(PlanDocument doc, Outline.Block block, StringBuilder out) {
    if (block instanceof Outline.Paragraph) {
      out.append("<p>").append(escape(((Outline.Paragraph) block).text())).append("</p>\n");
    } else if (block instanceof Outline.Items) {
      out.append("<ul>\n");
      for (String item : ((Outline.Items) block).items()) {
        out.append("<li>").append(escape(item)).append("</li>\n");
      }
      out.append("</ul>\n");
    } else if (block instanceof Outline.Table) {
      Outline.Table table = (Outline.Table) block;
      out.append("<table>\n<thead>\n");
      row("th", table.header(), out);
      out.append("</thead>\n<tbody>\n");
      for (List<String> row : table.rows()) {
        row("td", row, out);
      }
      out.append("</tbody>\n</table>\n");
    } else {
      out.append("<div class=\"gantt\">\n");
      GanttChart.write(doc, out);
      out.append("</div>\n");
    }
  }

  private static void row(String cell, List<String> cells, StringBuilder out) {
    out.append("<tr>");
    for (String text : cells) {
      out.append('<').append(cell).append('>').append(escape(text)).append("</").append(cell).append('>');
    }
    out.append("</tr>\n");
  }

  /**
   * Plain text as HTML (and XML) text or attribute value: {@code & < > " '} become references, line breaks
   * become {@code <br />}, and characters XML does not allow are dropped.
   */
  static String escape(String text) {
    return PlainText.escape(text, c -> {
      switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '"': return "&quot;";
        case '\'': return "&#39;";
        case '\n': return "<br />";
        default: return null;
      }
    });
  }

}
