package io.github.mutualplan.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link WinLossAnalysis} written for people: as Markdown, or as one self-contained HTML page with charts.
 *
 * <pre>{@code
 * WinLossAnalysis analysis = WinLossAnalyzer.standard().analyze(closedHistories);
 * WinLossReport report = WinLossReport.of(analysis).withTitle("Win-loss, EMEA, 2027");
 * Files.writeString(Path.of("win-loss.md"), report.markdown());
 * Files.writeString(Path.of("win-loss.html"), report.html());
 * }</pre>
 *
 * <p>Both show the same parts, each rate beside its sample size: the deals won and lost and the win rate; the win
 * rate by each factor's levels with Wilson's 95 % interval; the cycle lengths of won and lost deals (count, P10, P25,
 * median, P75, P90); each step done, skipped and late in won and lost deals with the win rates done and skipped and
 * the difference with Newcombe's 95 % interval; and the lost deals by stage reached and reason. The HTML page adds
 * two kinds of chart, in SVG: the win rate of each factor's levels as a dot with its interval's whiskers against the
 * rate of all deals, and the cycle lengths of won and lost deals as a histogram (each group's share of its deals by
 * bin) over a box plot (P25 to P75, whiskers P10 to P90, the median marked). The page is well-formed XML, has inline
 * CSS and SVG, no script and nothing fetched; all text from the data is escaped. Numbers are written as
 * {@link Locale#ROOT} writes them, and the words are English.
 *
 * <p><b>Why a class of its own</b> rather than methods on the analysis: the analysis is a value of what was
 * counted, compared with {@code equals}; how it is shown (a title, the layout, later a language) is presentation,
 * which can gain options here without changing that value, as core keeps a plan apart from its renderers.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WinLossReport {
  /** The standard deviations of the intervals shown: 95 %. */
  static final double Z = 1.96;

  private static final String DEFAULT_TITLE = "Win-loss analysis";

  private static final String STYLE = String.join("\n",
      "*{box-sizing:border-box}",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1f2328;"
          + "margin:2rem auto;max-width:64rem;padding:0 1rem;line-height:1.45}",
      "h1{font-size:1.7rem;margin:0 0 .4rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}",
      "h3{margin:1.2rem 0 .3rem;font-size:1.05rem}",
      "p.lead{font-size:1.1rem;margin:.3rem 0}p.note{color:#57606a;font-size:.9rem;margin:.3rem 0}",
      "table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}th,td{border:1px solid #d0d7de;"
          + "padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}",
      "th.num{text-align:right}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
      "table.steps{width:100%}table.steps td:first-child{white-space:nowrap}",
      "tr.total td{font-weight:600;background:#f6f8fa}",
      "tr.found td.diff{font-weight:600}td.diff.up{color:#1a7f37}td.diff.down{color:#cf222e}",
      "figure{margin:.4rem 0 1rem}figure svg{display:block;width:100%;max-width:820px;height:auto}",
      "figcaption{color:#57606a;font-size:.85rem}",
      "@media print{body{margin:0;max-width:none}figure,tr{break-inside:avoid;page-break-inside:avoid}}");

  private final WinLossAnalysis analysis;
  private final String title;

  private WinLossReport(WinLossAnalysis analysis, String title) {
    this.analysis = analysis;
    this.title = title;
  }

  /** A report of this analysis, titled {@code Win-loss analysis}. */
  public static WinLossReport of(WinLossAnalysis analysis) {
    return new WinLossReport(Objects.requireNonNull(analysis, "analysis"), DEFAULT_TITLE);
  }

  /**
   * A copy with this title, the page's heading.
   *
   * @param title not blank
   * @return the report
   * @throws IllegalArgumentException if the title is blank
   */
  public WinLossReport withTitle(String title) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title: must not be blank, was \"" + title + "\"");
    }
    return new WinLossReport(analysis, title);
  }

  /** The analysis shown. */
  public WinLossAnalysis analysis() {
    return analysis;
  }

  /** The title: the page's heading. */
  public String title() {
    return title;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Markdown

  /** The report as Markdown (CommonMark with GitHub's tables); text from the data is escaped. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(title)).append("\n\n").append(md(summary())).append("\n");
    if (analysis.deals() == 0) {
      return out.toString();
    }

    out.append("\n## Win rate by factor\n\n").append(md(FACTOR_NOTE)).append("\n");
    analysis.factors().forEach((factor, levels) -> {
      out.append("\n### ").append(md(factor)).append("\n\n");
      mdRow(out, List.of("Level", "Won", "Deals", "Win rate", "95 % interval"));
      out.append("|---|---:|---:|---:|---:|\n");
      levels.forEach((level, p) -> mdRow(out, List.of(md(level), Integer.toString(p.successes()),
          Integer.toString(p.trials()), percent(p.rate()), interval(p))));
    });

    out.append("\n## Cycle length\n\n").append(md(CYCLE_NOTE)).append("\n\n");
    mdRow(out, List.of("Deals", "n", "P10", "P25", "Median", "P75", "P90"));
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    mdRow(out, cycleRow("Won", analysis.cycleLengthsWon()));
    mdRow(out, cycleRow("Lost", analysis.cycleLengthsLost()));

    out.append("\n## Steps\n\n").append(md(stepsNote())).append("\n\n");
    mdRow(out, stepHeader());
    out.append("|---|---:|---:|---:|---:|---:|\n");
    for (StepWinLoss s : analysis.steps()) {
      List<String> cells = stepRow(s);
      cells.set(0, md(cells.get(0)));
      mdRow(out, cells);
    }

    out.append("\n## Losses by stage reached and reason\n\n").append(md(LOSSES_NOTE)).append("\n\n");
    List<List<String>> losses = lossTable();
    for (int i = 0; i < losses.size(); i++) {
      List<String> row = new ArrayList<>(losses.get(i));
      row.replaceAll(WinLossReport::md);
      mdRow(out, row);
      if (i == 0) {
        out.append("|---").append("|---:".repeat(row.size() - 1)).append("|\n");
      }
    }
    return out.toString();
  }

  private static void mdRow(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** Text as Markdown text: what Markdown or a table would read as markup is escaped, line breaks made spaces. */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // HTML

  /** The report as one self-contained HTML page, well-formed XML, with inline CSS and SVG charts. */
  public String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta name=\"generator\" content=\"mutual-plan\" />\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"lead\">").append(escape(summary())).append("</p>\n");
    if (analysis.deals() == 0) {
      return out.append("</body>\n</html>\n").toString();
    }

    out.append("<section id=\"factors\" class=\"factors\">\n<h2>Win rate by factor</h2>\n<p class=\"note\">")
        .append(escape(FACTOR_NOTE)).append("</p>\n");
    analysis.factors().forEach((factor, levels) -> {
      out.append("<h3>").append(escape(factor)).append("</h3>\n<figure class=\"factor\">\n");
      WinLossCharts.factor(factor, levels, analysis.winRate(), out);
      out.append("</figure>\n");
    });
    out.append("</section>\n");

    out.append("<section id=\"cycle\" class=\"cycle\">\n<h2>Cycle length</h2>\n<p class=\"note\">")
        .append(escape(CYCLE_NOTE)).append("</p>\n<figure class=\"cycle\">\n");
    WinLossCharts.cycle(analysis.cycleLengthsWon(), analysis.cycleLengthsLost(), out);
    out.append("<figcaption>Bars: each group's share of its deals by length. Boxes: P25 to P75, whiskers P10 to P90,"
        + " the line the median.</figcaption>\n</figure>\n<table>\n<thead>\n");
    htmlRow(out, "th", "", List.of("Deals", "n", "P10", "P25", "Median", "P75", "P90"), 1);
    out.append("</thead>\n<tbody>\n");
    htmlRow(out, "td", "", cycleRow("Won", analysis.cycleLengthsWon()), 1);
    htmlRow(out, "td", "", cycleRow("Lost", analysis.cycleLengthsLost()), 1);
    out.append("</tbody>\n</table>\n</section>\n");

    out.append("<section id=\"steps\" class=\"steps\">\n<h2>Steps</h2>\n<p class=\"note\">").append(escape(stepsNote()))
        .append("</p>\n<table class=\"steps\">\n<thead>\n");
    htmlRow(out, "th", "", stepHeader(), 1);
    out.append("</thead>\n<tbody>\n");
    for (StepWinLoss s : analysis.steps()) {
      boolean up = s.differenceLower(Z) > 0;
      boolean down = s.differenceUpper(Z) < 0;
      List<String> cells = stepRow(s);
      out.append("<tr").append(up || down ? " class=\"found\"" : "").append('>');
      for (int i = 0; i < cells.size(); i++) {
        String cls = i == 0 ? "" : i < cells.size() - 1 ? "num" : "num diff" + (up ? " up" : down ? " down" : "");
        out.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>')
            .append(escape(cells.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");

    out.append("<section id=\"losses\" class=\"losses\">\n<h2>Losses by stage reached and reason</h2>\n")
        .append("<p class=\"note\">").append(escape(LOSSES_NOTE)).append("</p>\n");
    List<List<String>> losses = lossTable();
    if (losses.size() > 1) {
      out.append("<table>\n<thead>\n");
      htmlRow(out, "th", "", losses.get(0), 1);
      out.append("</thead>\n<tbody>\n");
      for (int i = 1; i < losses.size(); i++) {
        htmlRow(out, "td", i == losses.size() - 1 ? "total" : "", losses.get(i), 1);
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A row whose cells from {@code firstNumber} on are numbers. */
  private static void htmlRow(StringBuilder out, String cell, String cls, List<String> cells, int firstNumber) {
    out.append("<tr").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
    for (int i = 0; i < cells.size(); i++) {
      out.append('<').append(cell).append(i >= firstNumber ? " class=\"num\"" : "").append('>')
          .append(escape(cells.get(i))).append("</").append(cell).append('>');
    }
    out.append("</tr>\n");
  }

  /**
   * Plain text as HTML (and XML) text or attribute value: {@code & < > " '} become references, and characters XML
   * does not allow are dropped.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)) {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The parts both formats show

  private static final String FACTOR_NOTE = "Each level's deals won of its deals, with Wilson's 95 % interval. Deal"
      + " sizes are in each deal's own currency, not converted. Champion and economic buyer: a buyer-side stakeholder"
      + " with the role is named in the closed plan.";
  private static final String CYCLE_NOTE = "Calendar days from the plan's start to the day it was closed; nearest-rank"
      + " percentiles.";
  private static final String LOSSES_NOTE = "Lost deals by the last milestone whose steps were all done or skipped,"
      + " at least one done (none: no milestone reached), and by close reason.";

  private String summary() {
    StringBuilder s = new StringBuilder();
    Proportion rate = analysis.winRate();
    s.append(analysis.deals()).append(" closed deals: ").append(analysis.won()).append(" won, ")
        .append(analysis.lost()).append(" lost.");
    if (analysis.deals() > 0) {
      s.append(" Win rate ").append(percent(rate.rate())).append(" (95 % interval ").append(interval(rate))
          .append(", n=").append(rate.trials()).append(").");
    } else {
      s.append(" No closed deals to analyse.");
    }
    if (analysis.openSkipped() > 0) {
      s.append(' ').append(analysis.openSkipped()).append(analysis.openSkipped() == 1 ? " plan" : " plans")
          .append(" not closed left out.");
    }
    return s.toString();
  }

  private static List<String> cycleRow(String group, CycleLengths c) {
    if (c.isEmpty()) {
      return List.of(group, "0", "–", "–", "–", "–", "–");
    }
    return List.of(group, Integer.toString(c.count()), Integer.toString(c.p10()), Integer.toString(c.p25()),
        Integer.toString(c.median()), Integer.toString(c.p75()), Integer.toString(c.p90()));
  }

  private String stepsNote() {
    return "Done, skipped (cancelled) and late (done after its due date) of " + analysis.won() + " won and "
        + analysis.lost() + " lost deals; the win rate of the deals that did the step and of those that skipped it,"
        + " and the difference in percentage points with Newcombe's 95 % interval (marked when it leaves out 0). A"
        + " difference says that doing the step and winning go together, not that the one causes the other; and of"
        + " many steps without any effect, about one in twenty is marked by chance.";
  }

  private static List<String> stepHeader() {
    return List.of("Step", "Won: done / skipped / late", "Lost: done / skipped / late", "Win rate done",
        "Win rate skipped", "Difference, points (95 % interval)");
  }

  private static List<String> stepRow(StepWinLoss s) {
    List<String> cells = new ArrayList<>();
    cells.add(s.step());
    cells.add(s.doneWon() + " / " + s.skippedWon() + " / " + s.lateWon());
    cells.add((s.done() - s.doneWon()) + " / " + (s.skipped() - s.skippedWon()) + " / " + (s.late() - s.lateWon()));
    cells.add(rateWithN(s.whenDone()));
    cells.add(rateWithN(s.whenSkipped()));
    cells.add(Double.isNaN(s.difference()) ? "–" : String.format(Locale.ROOT, "%+.1f (%+.1f to %+.1f)",
        100 * s.difference(), 100 * s.differenceLower(Z), 100 * s.differenceUpper(Z)));
    return cells;
  }

  /** The header, a row a stage and the totals; reasons as columns, in the analysis's order of reasons. */
  private List<List<String>> lossTable() {
    Map<String, Integer> byReason = analysis.lossesByReason();
    Set<String> reasons = byReason.keySet();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("Stage reached");
    header.addAll(reasons);
    header.add("All");
    rows.add(header);
    for (Map.Entry<String, Map<String, Integer>> stage : analysis.lossesByStage().entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(stage.getKey());
      reasons.forEach(r -> row.add(Integer.toString(stage.getValue().getOrDefault(r, 0))));
      row.add(Integer.toString(stage.getValue().values().stream().mapToInt(Integer::intValue).sum()));
      rows.add(row);
    }
    List<String> total = new ArrayList<>();
    total.add("All");
    byReason.values().forEach(n -> total.add(Integer.toString(n)));
    total.add(Integer.toString(analysis.lost()));
    rows.add(total);
    return rows;
  }

  /** A rate as a percentage with one decimal, such as {@code 30.8 %}; a dash when unknown. */
  static String percent(double rate) {
    return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * rate);
  }

  /** Wilson's 95 % interval, such as {@code 25.5–36.6 %}; a dash when unknown. */
  static String interval(Proportion p) {
    return p.trials() == 0 ? "–" : String.format(Locale.ROOT, "%.1f–%.1f %%", 100 * p.lower(Z), 100 * p.upper(Z));
  }

  /** A rate and its counts, such as {@code 30.8 % (81/263)}; {@code – (0/0)} of none. */
  static String rateWithN(Proportion p) {
    return percent(p.rate()) + " (" + p.successes() + "/" + p.trials() + ")";
  }

  /** Returns the title and the analysis's counts. */
  @Override
  public String toString() {
    return "WinLossReport{" + title + ", " + analysis.deals() + " deals}";
  }
}
