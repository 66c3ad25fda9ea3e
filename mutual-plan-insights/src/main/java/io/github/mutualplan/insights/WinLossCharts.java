package io.github.mutualplan.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SVG charts of a {@link WinLossReport}'s HTML page. Each is one {@code <svg>} element, well-formed XML, sized
 * by its view box to scale to the page's width; every mark has a {@code <title>} with its numbers.
 */
final class WinLossCharts {
  private static final String WON = "#0969da";
  private static final String LOST = "#bc4c00";
  private static final String INK = "#1f2328";
  private static final String MUTED = "#57606a";
  private static final String GRID = "#d0d7de";
  private static final String STRIPE = "#f6f8fa";

  private static final int WIDTH = 820;
  /** Factor chart: the labels end here, the plot spans X0 to X1, the numbers start at NUMBERS. */
  private static final int LABEL_END = 204;
  private static final int X0 = 216;
  private static final int X1 = 546;
  private static final int NUMBERS = 560;
  private static final int ROW = 24;
  private static final int TOP = 34;
  private static final int LONGEST_LABEL = 30;

  /** Cycle chart: the plot's left and right edges, the histogram's top and height, a box plot's row. */
  private static final int LEFT = 70;
  private static final int RIGHT = WIDTH - 20;
  private static final int HIST_TOP = 40;
  private static final int HIST_HEIGHT = 200;
  private static final int BOX_ROW = 30;
  /** Widths of a histogram's bins, in days, from which the first that gives at most MAX_BINS bins is taken. */
  private static final int[] BIN_DAYS = {1, 2, 5, 7, 14, 30, 60, 90, 180, 365};
  private static final int MAX_BINS = 24;

  private WinLossCharts() {}

  /** The win rate of each level of a factor: a dot, Wilson's 95 % interval as whiskers, the counts beside it. */
  static void factor(String factor, Map<String, Proportion> levels, Proportion all, StringBuilder out) {
    int rows = levels.size();
    int bottom = TOP + rows * ROW;
    int height = bottom + 26;
    svg(out, height, "Win rate by " + factor + ", each level with its 95 % interval");
    // every other row shaded, under the grid
    for (int row = 1; row < rows; row += 2) {
      out.append("<rect x=\"0\" y=\"").append(TOP + row * ROW).append("\" width=\"").append(WIDTH)
          .append("\" height=\"").append(ROW).append("\" fill=\"").append(STRIPE).append("\" />\n");
    }
    for (int pct = 0; pct <= 100; pct += 25) {
      double x = rateX(pct / 100.0);
      line(out, x, TOP - 4, x, bottom, GRID, 1, "");
      text(out, x, bottom + 16, "middle", MUTED, "", pct + " %");
    }
    text(out, NUMBERS, TOP - 10, "start", MUTED, "", "win rate (won/deals)");
    text(out, WIDTH - 6, TOP - 10, "end", MUTED, "", "95 % interval");
    int i = 0;
    for (Map.Entry<String, Proportion> level : levels.entrySet()) {
      Proportion p = level.getValue();
      double y = TOP + i * ROW + ROW / 2.0;
      out.append("<g class=\"level\"><title>").append(WinLossReport.escape(level.getKey() + ": "
          + WinLossReport.rateWithN(p) + ", 95 % interval " + WinLossReport.interval(p))).append("</title>");
      String label = level.getKey().length() > LONGEST_LABEL
          ? level.getKey().substring(0, LONGEST_LABEL - 1) + "…" : level.getKey();
      text(out, LABEL_END, y + 4, "end", INK, "label", label);
      double lower = rateX(p.lower(WinLossReport.Z));
      double upper = rateX(p.upper(WinLossReport.Z));
      line(out, lower, y, upper, y, WON, 2, "");
      line(out, lower, y - 5, lower, y + 5, WON, 2, "");
      line(out, upper, y - 5, upper, y + 5, WON, 2, "");
      out.append("<circle cx=\"").append(num(rateX(p.rate()))).append("\" cy=\"").append(num(y))
          .append("\" r=\"4.5\" fill=\"").append(WON).append("\" />");
      text(out, NUMBERS, y + 4, "start", INK, "", WinLossReport.rateWithN(p));
      text(out, WIDTH - 6, y + 4, "end", INK, "", WinLossReport.interval(p));
      out.append("</g>\n");
      i++;
    }
    // the rate of all deals, over the rows
    double x = rateX(all.rate());
    line(out, x, TOP - 4, x, bottom, MUTED, 1.5, " stroke-dasharray=\"4 3\"");
    String anchor = x < X0 + 60 ? "start" : x > X1 - 60 ? "end" : "middle";
    text(out, x, TOP - 10, anchor, MUTED, "", "all deals " + WinLossReport.percent(all.rate()));
    out.append("</svg>\n");
  }

  /** The cycle lengths of won and lost deals: a histogram of each group's share by bin, over two box plots. */
  static void cycle(CycleLengths won, CycleLengths lost, StringBuilder out) {
    int longest = Math.max(won.isEmpty() ? 0 : won.max(), lost.isEmpty() ? 0 : lost.max());
    int binDays = binDays(longest);
    int bins = longest / binDays + 1;
    double span = (double) bins * binDays;
    List<Integer> wonBins = won.histogram(binDays);
    List<Integer> lostBins = lost.histogram(binDays);
    double highest = Math.max(highestShare(wonBins, won.count()), highestShare(lostBins, lost.count()));
    int step = shareStep(highest);
    int top = (int) Math.max(step, Math.ceil(highest * 100 / step) * step);

    int histBottom = HIST_TOP + HIST_HEIGHT;
    int boxTop = histBottom + 48;
    int height = boxTop + 2 * BOX_ROW + 8;
    svg(out, height, "Cycle length of won and lost deals: histogram and box plots");
    // legend
    legend(out, LEFT, "Won (n=" + won.count() + ")", WON);
    legend(out, LEFT + 150, "Lost (n=" + lost.count() + ")", LOST);
    // y axis: share of each group's deals
    for (int pct = 0; pct <= top; pct += step) {
      double y = histBottom - HIST_HEIGHT * pct / (double) top;
      line(out, LEFT, y, RIGHT, y, GRID, 1, "");
      text(out, LEFT - 6, y + 4, "end", MUTED, "", pct + " %");
    }
    out.append("<text x=\"14\" y=\"").append(num(HIST_TOP + HIST_HEIGHT / 2.0))
        .append("\" text-anchor=\"middle\" fill=\"").append(MUTED).append("\" transform=\"rotate(-90 14 ")
        .append(num(HIST_TOP + HIST_HEIGHT / 2.0)).append(")\">share of deals</text>\n");
    // x axis: days, a tick every few bins
    int tickBins = (int) Math.ceil(bins / 8.0);
    for (int b = 0; b <= bins; b += tickBins) {
      double x = dayX(b * binDays, span);
      line(out, x, HIST_TOP, x, height - 6, GRID, 1, b == 0 ? "" : " stroke-dasharray=\"2 3\"");
      text(out, x, histBottom + 16, "middle", MUTED, "", Integer.toString(b * binDays));
    }
    text(out, (LEFT + RIGHT) / 2.0, histBottom + 34, "middle", MUTED, "",
        "calendar days from start to close (bins of " + binDays + (binDays == 1 ? " day)" : " days)"));
    line(out, LEFT, histBottom, RIGHT, histBottom, MUTED, 1, "");
    // bars, won on the left of each bin and lost on the right
    double binWidth = (RIGHT - LEFT) / (double) bins;
    bars(out, wonBins, won.count(), binDays, binWidth, 0, top, "won", WON);
    bars(out, lostBins, lost.count(), binDays, binWidth, 1, top, "lost", LOST);
    // box plots
    box(out, won, "Won", boxTop + BOX_ROW / 2.0, span, WON);
    box(out, lost, "Lost", boxTop + BOX_ROW * 1.5, span, LOST);
    out.append("</svg>\n");
  }

  private static void bars(StringBuilder out, List<Integer> counts, int deals, int binDays, double binWidth,
      int side, int top, String group, String colour) {
    for (int b = 0; b < counts.size(); b++) {
      int n = counts.get(b);
      if (n == 0) {
        continue;
      }
      double share = n / (double) deals;
      double h = HIST_HEIGHT * share * 100 / top;
      double w = Math.max(1, binWidth / 2 - 1);
      double x = LEFT + b * binWidth + 0.5 + side * binWidth / 2;
      out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(HIST_TOP + HIST_HEIGHT - h))
          .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"")
          .append(colour).append("\"><title>").append(WinLossReport.escape(String.format(Locale.ROOT,
              "%s, %d to %d days: %d of %d deals (%.1f %%)", group, b * binDays, (b + 1) * binDays - 1, n, deals,
              100 * share))).append("</title></rect>\n");
    }
  }

  private static void box(StringBuilder out, CycleLengths c, String group, double y, double span, String colour) {
    text(out, LEFT - 6, y + 4, "end", INK, "label", group);
    if (c.isEmpty()) {
      text(out, LEFT + 4, y + 4, "start", MUTED, "", "no deals");
      return;
    }
    out.append("<g class=\"box\"><title>").append(WinLossReport.escape(group + " (n=" + c.count() + "): P10 "
        + c.p10() + ", P25 " + c.p25() + ", median " + c.median() + ", P75 " + c.p75() + ", P90 " + c.p90()
        + " days")).append("</title>");
    double p10 = dayX(c.p10() + 0.5, span);
    double p25 = dayX(c.p25() + 0.5, span);
    double median = dayX(c.median() + 0.5, span);
    double p75 = dayX(c.p75() + 0.5, span);
    double p90 = dayX(c.p90() + 0.5, span);
    line(out, p10, y, p25, y, colour, 1.5, "");
    line(out, p75, y, p90, y, colour, 1.5, "");
    line(out, p10, y - 6, p10, y + 6, colour, 1.5, "");
    line(out, p90, y - 6, p90, y + 6, colour, 1.5, "");
    out.append("<rect x=\"").append(num(p25)).append("\" y=\"").append(num(y - 9)).append("\" width=\"")
        .append(num(Math.max(1, p75 - p25))).append("\" height=\"18\" fill=\"").append(colour)
        .append("\" fill-opacity=\"0.25\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\" />");
    line(out, median, y - 9, median, y + 9, colour, 3, "");
    out.append("</g>\n");
  }

  private static void legend(StringBuilder out, double x, String label, String colour) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"10\" width=\"12\" height=\"12\" fill=\"").append(colour)
        .append("\" />");
    text(out, x + 18, 20, "start", INK, "", label);
  }

  /** The first bin width that gives at most {@link #MAX_BINS} bins up to the longest length; whole years after. */
  static int binDays(int longest) {
    for (int days : BIN_DAYS) {
      if (longest / days + 1 <= MAX_BINS) {
        return days;
      }
    }
    return 365 * (longest / (365 * MAX_BINS) + 1);
  }

  private static double highestShare(List<Integer> counts, int deals) {
    return counts.stream().mapToInt(Integer::intValue).max().orElse(0) / (double) Math.max(1, deals);
  }

  /** A step of whole percentages that gives at most six lines up to the highest share. */
  private static int shareStep(double highest) {
    for (int step : new int[] {1, 2, 5, 10, 20, 25}) {
      if (Math.ceil(highest * 100 / step) <= 6) {
        return step;
      }
    }
    return 25;
  }

  private static double rateX(double rate) {
    return X0 + (X1 - X0) * rate;
  }

  private static double dayX(double days, double span) {
    return LEFT + (RIGHT - LEFT) * days / span;
  }

  private static void svg(StringBuilder out, int height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial,"
            + " sans-serif\" font-size=\"12\"><title>").append(WinLossReport.escape(title)).append("</title>\n");
  }

  private static void line(StringBuilder out, double x1, double y1, double x2, double y2, String colour,
      double width, String more) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(num(width)).append('"').append(more).append(" />");
  }

  private static void text(StringBuilder out, double x, double y, String anchor, String colour, String cls,
      String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" fill=\"").append(colour).append('"')
        .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(WinLossReport.escape(text))
        .append("</text>");
  }

  /** A coordinate with at most one decimal. */
  private static String num(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
