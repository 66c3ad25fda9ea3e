package io.github.mutualplan.render;

import java.util.List;

/**
 * Writes {@link DocumentFormat#HTML}: one self-contained page (inline CSS and SVG, nothing fetched) that is
 * well-formed XML too. Dates and money are written as the document's locale writes them. The page fits a screen
 * 1,024 pixels wide and an A4 or Letter page: the Gantt chart scales to the page's width, dates never wrap, and in
 * print a heading stays with what follows it and the chart is not split.
 */
final class HtmlRenderer implements DocumentWriter {
  private static final String STYLE = String.join("\n",
      "*{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1f2328;"
          + "margin:2rem auto;max-width:72rem;padding:0 1rem;line-height:1.45;"
          + "-webkit-print-color-adjust:exact;print-color-adjust:exact}",
      "h1{font-size:1.7rem;margin:0 0 .2rem}.subtitle{margin:0 0 1rem;color:#57606a;font-size:1.05rem}",
      "h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}",
      "h2,h3,.summary h3{break-after:avoid;page-break-after:avoid}",
      ".summary{border:1px solid #d0d7de;border-left:4px solid #0969da;border-radius:6px;background:#f6f8fa;"
          + "padding:.1rem 1rem .6rem;margin:1rem 0 1.5rem}",
      ".summary h2{border:0;margin:.6rem 0 .2rem;font-size:1.25rem}.summary h3{font-size:1rem;margin:.7rem 0 .2rem}",
      ".summary ul{margin:.2rem 0;padding-left:1.2rem}.summary p{margin:.2rem 0}",
      "ul.glance{list-style:none;padding-left:0;font-size:1.05rem}ul.glance li{margin:.1rem 0}",
      "li.late{color:#a40e26}tr.late td{background:#fff5f5}tr.late td.status{color:#a40e26;font-weight:600}",
      "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.facts dt{font-weight:600}"
          + "dl.facts dd{margin:0}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;"
          + "padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}th{background:#f6f8fa}",
      "th.date,td.date,th.num,td.num{white-space:nowrap;overflow-wrap:normal}td.num{text-align:right}",
      "tr.unowned td:nth-child(5){color:#9a6700;font-weight:600}",
      "p.warn{border-left:4px solid #bf8700;background:#fff8c5;padding:.4rem .7rem}",
      "li.stale{color:#a40e26;font-weight:600}li.unsigned{color:#57606a}",
      "li.risk.critical{color:#a40e26}li.risk.warning{color:#9a6700}",
      "section.internal{border-top:3px dashed #bf8700;margin-top:2rem}",
      "figure.gantt{margin:.5rem 0 1rem}.gantt svg{display:block;width:100%;height:auto;font-family:inherit;"
          + "font-size:12px}",
      "@page{margin:12mm}",
      "@media print{body{margin:0;max-width:none;padding:0 2px;font-size:10pt}h2{margin-top:1.2rem}"
          + "figure.gantt,.summary,dl.facts,tr,li{break-inside:avoid;page-break-inside:avoid}"
          + "thead{display:table-header-group}table{font-size:8.5pt}th,td{padding:.2rem .3rem}}");

  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    Formats formats = doc.formats();
    Outline outline = Outline.of(doc, formats);
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(doc.language()).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"UTF-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"generator\" content=\"mutual-plan\" />\n")
        .append("<title>").append(escape(outline.heading)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n")
        .append("</head>\n<body>\n")
        .append("<header>\n<h1>").append(escape(outline.heading)).append("</h1>\n")
        .append("<p class=\"subtitle\">").append(escape(outline.title)).append("</p>\n</header>\n");
    section(doc, formats, outline.summary, out);
    out.append("<dl class=\"facts\">\n");
    for (Outline.Fact fact : outline.facts) {
      out.append("<dt>").append(escape(fact.label())).append("</dt><dd>").append(escape(fact.value()))
          .append("</dd>\n");
    }
    out.append("</dl>\n");
    for (Outline.Section section : outline.sections) {
      section(doc, formats, section, out);
    }
    out.append("</body>\n</html>\n");
  }

  private static void section(PlanDocument doc, Formats formats, Outline.Section section, StringBuilder out) {
    out.append("<section").append(classes(section.style())).append(">\n");
    String h = "h" + section.level();
    out.append('<').append(h).append('>').append(escape(section.heading())).append("</").append(h).append(">\n");
    for (Outline.Block block : section.blocks()) {
      block(doc, formats, section.level() + 1, block, out);
    }
    out.append("</section>\n");
  }

  private static void block(PlanDocument doc, Formats formats, int level, Outline.Block block, StringBuilder out) {
    if (block instanceof Outline.Heading) {
      String h = "h" + Math.min(6, level);
      out.append('<').append(h).append('>').append(escape(((Outline.Heading) block).text())).append("</")
          .append(h).append(">\n");
    } else if (block instanceof Outline.Paragraph) {
      Outline.Paragraph p = (Outline.Paragraph) block;
      out.append("<p").append(classes(p.style())).append('>').append(escape(p.text())).append("</p>\n");
    } else if (block instanceof Outline.Items) {
      Outline.Items items = (Outline.Items) block;
      out.append("<ul").append(classes(items.style())).append(">\n");
      for (Outline.Item item : items.items()) {
        out.append("<li").append(classes(item.style())).append('>').append(escape(item.text())).append("</li>\n");
      }
      out.append("</ul>\n");
    } else if (block instanceof Outline.Table) {
      Outline.Table table = (Outline.Table) block;
      out.append("<table>\n<thead>\n");
      row("th", "", table.header(), table.columnStyles(), out);
      out.append("</thead>\n<tbody>\n");
      for (int i = 0; i < table.rows().size(); i++) {
        row("td", table.rowStyles().get(i), table.rows().get(i), table.columnStyles(), out);
      }
      out.append("</tbody>\n</table>\n");
    } else {
      out.append("<figure class=\"gantt\">\n");
      GanttChart.write(doc, formats, out);
      out.append("</figure>\n");
    }
  }

  private static void row(String cell, String style, List<String> cells, List<String> columnStyles,
      StringBuilder out) {
    out.append("<tr").append(classes(style)).append('>');
    for (int i = 0; i < cells.size(); i++) {
      out.append('<').append(cell).append(classes(i < columnStyles.size() ? columnStyles.get(i) : "")).append('>')
          .append(escape(cells.get(i))).append("</").append(cell).append('>');
    }
    out.append("</tr>\n");
  }

  /** A class attribute, or nothing for no style. */
  private static String classes(String style) {
    return style.isEmpty() ? "" : " class=\"" + style + "\"";
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
