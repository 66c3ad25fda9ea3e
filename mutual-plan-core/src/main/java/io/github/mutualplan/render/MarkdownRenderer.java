package io.github.mutualplan.render;

import java.util.List;
import java.util.regex.Pattern;

/** Writes {@link DocumentFormat#MARKDOWN}. */
final class MarkdownRenderer implements DocumentWriter {
  /** A number and a dot or parenthesis that would start an ordered list. */
  private static final Pattern LIST_NUMBER = Pattern.compile("^([0-9]+)([.)])(?= |$)");

  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    Outline outline = Outline.of(doc, Formats.isoDates(doc.locale()));
    out.append("# ").append(escape(outline.title)).append("\n\n");
    for (Outline.Fact fact : outline.facts) {
      out.append("- **").append(escape(fact.label())).append(":** ").append(escape(fact.value())).append('\n');
    }
    section(outline.summary, out);
    for (Outline.Section section : outline.sections) {
      section(section, out);
    }
  }

  private static void section(Outline.Section section, StringBuilder out) {
    out.append('\n').append("#".repeat(section.level())).append(' ').append(escape(section.heading()))
        .append('\n');
    for (Outline.Block block : section.blocks()) {
      block(section.level() + 1, block, out);
    }
  }

  private static void block(int level, Outline.Block block, StringBuilder out) {
    if (block instanceof Outline.Heading) {
      out.append('\n').append("#".repeat(Math.min(6, level))).append(' ')
          .append(escape(((Outline.Heading) block).text())).append('\n');
    } else if (block instanceof Outline.Paragraph) {
      out.append('\n').append(escape(((Outline.Paragraph) block).text())).append('\n');
    } else if (block instanceof Outline.Items) {
      out.append('\n');
      for (Outline.Item item : ((Outline.Items) block).items()) {
        out.append("- ").append(escape(item.text())).append('\n');
      }
    } else if (block instanceof Outline.Table) {
      Outline.Table table = (Outline.Table) block;
      out.append('\n');
      row(table.header(), out);
      out.append('|');
      for (int i = 0; i < table.header().size(); i++) {
        out.append(" --- |");
      }
      out.append('\n');
      for (List<String> row : table.rows()) {
        row(row, out);
      }
    }
    // The chart is drawn by the HTML page only.
  }

  private static void row(List<String> cells, StringBuilder out) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /**
   * Plain text as Markdown that shows it as it is, on one line and safe in a table cell: line breaks become
   * spaces; {@code \ ` * _ [ ] | ~} are escaped with a backslash; {@code & < >} become entities, so that no
   * HTML, autolink or block quote can start; and a leading {@code #}, {@code +}, {@code -} or list number is
   * escaped, so that no heading or list can start.
   */
  static String escape(String text) {
    String line = PlainText.escape(text, c -> {
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': return "\\" + c;
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '\n': case '\t': return " ";
        default: return null;
      }
    }).strip();
    if (!line.isEmpty() && "#+-".indexOf(line.charAt(0)) >= 0) {
      return "\\" + line;
    }
    return LIST_NUMBER.matcher(line).replaceFirst("$1\\\\$2");
  }

}
