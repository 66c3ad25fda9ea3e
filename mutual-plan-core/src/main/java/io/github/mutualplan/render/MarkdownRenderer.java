package io.github.mutualplan.render;

import java.util.List;

/** Writes {@link DocumentFormat#MARKDOWN}. */
final class MarkdownRenderer extends BaseRenderer {
  MarkdownRenderer(RenderOptions options) {
    super(options);
  }

  @Override
  void write(PlanDocument doc, StringBuilder out) {
    Outline outline = Outline.of(doc);
    out.append("# ").append(escape(outline.title)).append("\n\n");
    for (Outline.Fact fact : outline.facts) {
      out.append("- **").append(escape(fact.label())).append(":** ").append(escape(fact.value())).append('\n');
    }
    for (Outline.Section section : outline.sections) {
      out.append('\n').append("#".repeat(section.level())).append(' ').append(escape(section.heading()))
          .append('\n');
      for (Outline.Block block : section.blocks()) {
        block(block, out);
      }
    }
  }

  private static void block(Outline.Block block, StringBuilder out) {
    if (block instanceof Outline.Paragraph) {
      out.append('\n').append(escape(((Outline.Paragraph) block).text())).append('\n');
    } else if (block instanceof Outline.Items) {
      out.append('\n');
      for (String item : ((Outline.Items) block).items()) {
        out.append("- ").append(escape(item)).append('\n');
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
    String line = printable(text).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    line = line.strip();
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
          out.append('\\').append(c);
          break;
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '#':
        case '+':
        case '-':
          if (out.length() == 0) {
            out.append('\\');
          }
          out.append(c);
          break;
        case '.':
        case ')':
          if (isNumber(out) && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
            out.append('\\');
          }
          out.append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether what is written so far is a number, which a {@code .} or {@code )} would make a list item. */
  private static boolean isNumber(StringBuilder out) {
    if (out.length() == 0) {
      return false;
    }
    for (int i = 0; i < out.length(); i++) {
      if (!Character.isDigit(out.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
