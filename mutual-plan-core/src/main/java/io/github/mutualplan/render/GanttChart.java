package io.github.mutualplan.render;

import io.github.mutualplan.Side;
import io.github.mutualplan.schedule.ScheduledCommitment;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SVG Gantt chart of the HTML page. It scales to the width of its page (a {@code viewBox} of
 * {@value #WIDTH} units and a width of 100 %, no fixed size), so that it fits a small screen and a printed page.
 *
 * <p>From the top: a legend naming each mark the chart uses; a date axis from the first day shown (the plan's start, or
 * an earlier as-of day), labelled with that day and then weeks, months, quarters or years; then a group of rows per
 * milestone, in time order: the milestone (a diamond at its projected date, a hollow one at its target when it is
 * projected later) and the scheduled commitments of the stage that leads to it (those tied to it and those they wait
 * for), by start date, each a bar from its early start to its early finish coloured by the side that owes it, outlined
 * when it is on the critical path, with a red line past its due date when it finishes after it and, for the seller's
 * team, a grey line for its slack. Commitments that lead to no milestone the document shows are a group of their own. A
 * dashed line marks the as-of day.
 * Labels are shown whole, wrapped over as many lines as they need. Every shape carries a {@code <title>}, which
 * browsers show as a tooltip, and its dates as ISO {@code data-*} attributes for programs.
 */
final class GanttChart {
  static final int WIDTH = 1000;
  private static final int LABEL_WIDTH = 300;
  private static final int PLOT_LEFT = LABEL_WIDTH + 10;
  private static final int PLOT_RIGHT = WIDTH - 12;
  private static final int LINE = 15;
  private static final int MIN_ROW = 22;
  private static final int BAR = 12;
  private static final int AXIS = 26;
  private static final double CHAR_WIDTH = 6.3;
  private static final double BOLD_CHAR_WIDTH = 6.9;
  private static final double SMALL_CHAR_WIDTH = 6.1;
  static final String BUYER_FILL = "#4c8bf5";
  static final String SELLER_FILL = "#2e9e57";
  static final String CRITICAL_STROKE = "#c5221f";
  static final String MILESTONE_FILL = "#8250df";
  static final String OVERDUE_STROKE = "#d1242f";
  static final String SLACK_STROKE = "#8c959f";

  /** A mark of the chart, named in the legend when the chart uses it. */
  enum Mark { BUYER, SELLER, CRITICAL, OVERDUE, SLACK, MILESTONE, CLOSING, TARGET, TODAY }

  private final PlanDocument doc;
  private final Formats formats;
  private final StringBuilder out;
  private final List<PlanDocument.TimelineGroup> groups;
  private final List<Mark> marks = new ArrayList<>();
  private LocalDate from;
  private LocalDate to;
  private double dayWidth;

  private GanttChart(PlanDocument doc, Formats formats, StringBuilder out) {
    this.doc = doc;
    this.formats = formats;
    this.out = out;
    this.groups = doc.timeline();
    range();
    marks();
  }

  static void write(PlanDocument doc, Formats formats, StringBuilder out) {
    new GanttChart(doc, formats, out).draw();
  }

  private void marks() {
    boolean internal = doc.audience() == Audience.INTERNAL;
    for (PlanDocument.TimelineGroup g : groups) {
      for (PlanDocument.CommitmentRow c : g.rows()) {
        add(c.side() == Side.BUYER ? Mark.BUYER : Mark.SELLER);
        if (c.critical()) {
          add(Mark.CRITICAL);
        }
        if (c.late()) {
          add(Mark.OVERDUE);
        }
        if (internal && slack(c).isPresent()) {
          add(Mark.SLACK);
        }
      }
      g.milestone().ifPresent(m -> {
        add(m.closing() ? Mark.CLOSING : Mark.MILESTONE);
        if (m.late()) {
          add(Mark.TARGET);
        }
      });
    }
    if (doc.asOf().isPresent()) {
      add(Mark.TODAY);
    }
    marks.sort(Comparator.naturalOrder());
  }

  private void add(Mark mark) {
    if (!marks.contains(mark)) {
      marks.add(mark);
    }
  }

  private void draw() {
    List<String> legend = new ArrayList<>();
    int legendHeight = legendHeight(legend);
    int axisTop = legendHeight;
    int top = axisTop + AXIS;
    List<Integer> heights = new ArrayList<>();
    int height = top;
    boolean headers = groups.stream().anyMatch(g -> g.milestone().isPresent());
    for (PlanDocument.TimelineGroup g : groups) {
      if (g.milestone().isPresent() || headers) {
        int h = rowHeight(wrap(groupLabel(g), LABEL_WIDTH - 8, BOLD_CHAR_WIDTH).size());
        heights.add(h);
        height += h;
      }
      for (PlanDocument.CommitmentRow c : g.rows()) {
        int h = rowHeight(wrap(c.commitment().title(), LABEL_WIDTH - 20, CHAR_WIDTH).size());
        heights.add(h);
        height += h;
      }
    }
    height += 6;
    final int bottom = height;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-chart\" width=\"100%\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">\n")
        .append("<title>").append(HtmlRenderer.escape(doc.label("section.timeline") + ": " + doc.plan().title()))
        .append("</title>\n");
    legend(legend);
    axis(axisTop, height);
    int y = top;
    int i = 0;
    for (PlanDocument.TimelineGroup g : groups) {
      if (g.milestone().isPresent() || headers) {
        int h = heights.get(i++);
        out.append("<rect class=\"band\" x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH)
            .append("\" height=\"").append(h).append("\" fill=\"#f6f8fa\" />\n");
        label(groupLabel(g), 4, y, h, true);
        if (g.milestone().isPresent()) {
          milestone(g.milestone().get(), y, h);
        }
        y += h;
      }
      for (PlanDocument.CommitmentRow c : g.rows()) {
        int h = heights.get(i++);
        label(c.commitment().title(), 16, y, h, false);
        bar(c, y, h);
        y += h;
      }
    }
    doc.asOf().ifPresent(today -> {
      double x = center(today);
      out.append("<line class=\"today\" data-day=\"").append(today).append("\" x1=\"").append(num(x))
          .append("\" y1=\"").append(axisTop + AXIS - 6).append("\" x2=\"").append(num(x)).append("\" y2=\"")
          .append(bottom - 4).append("\" stroke=\"").append(CRITICAL_STROKE)
          .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\">").append("<title>")
          .append(HtmlRenderer.escape(doc.label("value.today") + ": " + formats.date(today)))
          .append("</title></line>\n");
    });
    out.append("</svg>\n");
  }

  private String groupLabel(PlanDocument.TimelineGroup g) {
    return g.milestone().map(m -> m.milestone().name()).orElse(doc.label("text.otherCommitments"));
  }

  private static int rowHeight(int lines) {
    return Math.max(MIN_ROW, lines * LINE + 7);
  }

  /** Lays the legend's items out in lines across the chart; returns its height. */
  private int legendHeight(List<String> texts) {
    for (Mark mark : marks) {
      texts.add(legendText(mark));
    }
    double x = 0;
    int lines = texts.isEmpty() ? 0 : 1;
    for (String text : texts) {
      double w = itemWidth(text);
      if (x > 0 && x + w > WIDTH) {
        lines++;
        x = 0;
      }
      x += w;
    }
    return lines * 20 + (lines > 0 ? 6 : 0);
  }

  private static double itemWidth(String text) {
    return 26 + width(text, SMALL_CHAR_WIDTH) + 18;
  }

  private String legendText(Mark mark) {
    switch (mark) {
      case BUYER: return doc.label("legend.buyer") + " (" + doc.organization(Side.BUYER) + ")";
      case SELLER: return doc.label("legend.seller") + " (" + doc.organization(Side.SELLER) + ")";
      case CRITICAL: return doc.label("legend.critical");
      case OVERDUE: return doc.label("legend.overdue");
      case SLACK: return doc.label("legend.slack");
      case MILESTONE: return doc.label("legend.milestone");
      case CLOSING: return doc.label("legend.closing");
      case TARGET: return doc.label("legend.target");
      default: return doc.label("legend.today", formats.date(doc.asOf().get()));
    }
  }

  private void legend(List<String> texts) {
    if (marks.isEmpty()) {
      return;
    }
    out.append("<g class=\"legend\" font-size=\"11\"><title>").append(HtmlRenderer.escape(doc.label("legend.title")))
        .append("</title>\n");
    double x = 0;
    int y = 4;
    for (int k = 0; k < marks.size(); k++) {
      String text = texts.get(k);
      double w = itemWidth(text);
      if (x > 0 && x + w > WIDTH) {
        y += 20;
        x = 0;
      }
      Mark mark = marks.get(k);
      out.append("<g class=\"legend-item ").append(mark.name().toLowerCase(Locale.ROOT)).append("\">");
      double cy = y + 8;
      switch (mark) {
        case BUYER:
        case SELLER:
        case CRITICAL:
          out.append("<path d=\"M").append(num(x + 2)).append(',').append(num(cy - 5)).append("h18v10h-18z\" fill=\"")
              .append(mark == Mark.SELLER ? SELLER_FILL : mark == Mark.BUYER ? BUYER_FILL : "#ffffff")
              .append('"').append(mark == Mark.CRITICAL ? " stroke=\"" + CRITICAL_STROKE + "\" stroke-width=\"2\"" : "")
              .append(" />");
          break;
        case OVERDUE:
        case SLACK:
          out.append("<path d=\"M").append(num(x + 2)).append(',').append(num(cy)).append("h18\" stroke=\"")
              .append(mark == Mark.OVERDUE ? OVERDUE_STROKE : SLACK_STROKE).append("\" stroke-width=\"3\" />");
          break;
        case TODAY:
          out.append("<path d=\"M").append(num(x + 11)).append(',').append(num(cy - 7)).append("v14\" stroke=\"")
              .append(CRITICAL_STROKE).append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" />");
          break;
        default:
          out.append("<path d=\"").append(diamond(x + 11, cy, 6)).append("\" ")
              .append(mark == Mark.TARGET ? "fill=\"#ffffff\" stroke=\"" + MILESTONE_FILL + "\" stroke-width=\"1.5\""
                  : "fill=\"" + (mark == Mark.CLOSING ? CRITICAL_STROKE : MILESTONE_FILL) + '"')
              .append(" />");
          break;
      }
      out.append("<text x=\"").append(num(x + 26)).append("\" y=\"").append(num(cy + 4)).append("\">")
          .append(HtmlRenderer.escape(text)).append("</text></g>\n");
      x += w;
    }
    out.append("</g>\n");
  }

  /** From the earliest to the day after the latest date shown, on a scale that fills the plot's width. */
  private void range() {
    LocalDate first = doc.plan().start();
    LocalDate last = doc.plan().targetClose();
    for (PlanDocument.CommitmentRow c : doc.rows()) {
      if (c.start().isPresent()) {
        first = min(first, c.start().get());
        last = max(last, c.finish().get());
        if (doc.audience() == Audience.INTERNAL) {
          last = max(last, slack(c).map(ScheduledCommitment::lateFinish).orElse(last));
        }
      }
    }
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      first = min(min(first, m.target()), m.projected());
      last = max(max(last, m.target()), m.projected());
    }
    Optional<LocalDate> asOf = doc.asOf();
    if (asOf.isPresent()) {
      first = min(first, asOf.get());
      last = max(last, asOf.get());
    }
    from = first;
    to = last.plusDays(1);
    dayWidth = (double) (PLOT_RIGHT - PLOT_LEFT) / ChronoUnit.DAYS.between(from, to);
  }

  private void axis(int top, int height) {
    long days = ChronoUnit.DAYS.between(from, to);
    LocalDate tick;
    int months;
    if (days <= 92) {
      tick = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      months = 0;
    } else {
      tick = from.withDayOfMonth(1);
      months = days <= 731 ? 1 : days <= 2200 ? 3 : 12;
      if (months == 3) {
        tick = tick.withMonth(((tick.getMonthValue() - 1) / 3) * 3 + 1);
      } else if (months == 12) {
        tick = tick.withDayOfYear(1);
      }
      if (!tick.isAfter(from)) {
        tick = tick.plusMonths(months);
      }
    }
    int labelY = top + AXIS - 10;
    out.append("<g class=\"axis\" stroke=\"#d0d7de\" font-size=\"11\">\n");
    // The first day shown, in full, at the start of the axis.
    String first = formats.date(from);
    double labelledTo = PLOT_LEFT + width(first, SMALL_CHAR_WIDTH);
    out.append("<line x1=\"").append(num(left(from))).append("\" y1=\"").append(top + AXIS - 6).append("\" x2=\"")
        .append(num(left(from))).append("\" y2=\"").append(height - 4).append("\" />")
        .append("<text x=\"").append(num(left(from))).append("\" y=\"").append(labelY)
        .append("\" stroke=\"none\" fill=\"#424a53\" font-weight=\"600\">").append(HtmlRenderer.escape(first))
        .append("</text>\n");
    for (; tick.isBefore(to); tick = months == 0 ? tick.plusWeeks(1) : tick.plusMonths(months)) {
      double x = left(tick);
      out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(top + AXIS - 6).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(height - 4).append("\" />");
      String label = months == 0 ? formats.dayOfMonth(tick) : months == 12 ? Integer.toString(tick.getYear())
          : formats.month(tick);
      double w = width(label, SMALL_CHAR_WIDTH);
      // A label only where it runs into neither the one before nor the chart's edge.
      if (x + 2 >= labelledTo + 8 && x + 2 + w <= WIDTH) {
        out.append("<text x=\"").append(num(x + 2)).append("\" y=\"").append(labelY)
            .append("\" stroke=\"none\" fill=\"#57606a\">").append(HtmlRenderer.escape(label)).append("</text>");
        labelledTo = x + 2 + w;
      }
      out.append('\n');
    }
    out.append("</g>\n");
  }

  private void milestone(PlanDocument.MilestoneRow m, int y, int h) {
    String name = m.milestone().name();
    double cx = center(m.projected());
    double cy = y + h / 2.0;
    if (m.late()) {
      double tx = center(m.target());
      out.append("<line class=\"slip\" x1=\"").append(num(tx)).append("\" y1=\"").append(num(cy)).append("\" x2=\"")
          .append(num(cx)).append("\" y2=\"").append(num(cy)).append("\" stroke=\"").append(OVERDUE_STROKE)
          .append("\" stroke-width=\"1.5\" />")
          .append("<path class=\"target\" d=\"").append(diamond(tx, cy, 6)).append("\" fill=\"#ffffff\" stroke=\"")
          .append(MILESTONE_FILL).append("\" stroke-width=\"1.5\"><title>")
          .append(HtmlRenderer.escape(name + ": " + doc.label("text.target", formats.date(m.target()))))
          .append("</title></path>\n");
    }
    String tip = name + ": " + doc.label("text.target", formats.date(m.target())) + ", "
        + doc.label("text.projected", formats.date(m.projected()))
        + (m.closing() ? " (" + doc.label("value.closing") + ")" : "");
    out.append("<polygon class=\"milestone").append(m.closing() ? " closing" : "").append("\" data-key=\"")
        .append(m.milestone().id().key()).append("\" data-projected=\"").append(m.projected())
        .append("\" points=\"")
        .append(num(cx)).append(',').append(num(cy - 7)).append(' ')
        .append(num(cx + 7)).append(',').append(num(cy)).append(' ')
        .append(num(cx)).append(',').append(num(cy + 7)).append(' ')
        .append(num(cx - 7)).append(',').append(num(cy)).append("\" fill=\"")
        .append(m.closing() ? CRITICAL_STROKE : MILESTONE_FILL).append("\"><title>").append(HtmlRenderer.escape(tip))
        .append("</title></polygon>\n");
  }

  private void bar(PlanDocument.CommitmentRow c, int y, int h) {
    String title = c.commitment().title();
    boolean critical = c.critical();
    LocalDate start = c.start().get();
    LocalDate finish = c.finish().get();
    double x = left(start);
    double width = Math.max(2, left(finish.plusDays(1)) - x);
    double barTop = y + (h - BAR) / 2.0;
    String side = c.side() == Side.BUYER ? "buyer" : "seller";
    long late = c.late() ? ChronoUnit.DAYS.between(c.due().get(), finish) : 0;
    String tip = title + " (" + doc.label(c.side()) + c.owner().map(o -> ", " + o).orElse("") + "): "
        + doc.label("text.scheduled", formats.date(start), formats.date(finish))
        + c.due().map(d -> ", " + doc.label("text.dueOn", formats.date(d))).orElse("")
        + (critical ? ", " + doc.label("column.critical").toLowerCase(doc.locale()) : "")
        + (late > 0 ? ", " + doc.label("text.lateBy", days(late)) : "");
    if (doc.audience() == Audience.INTERNAL) {
      slack(c).ifPresent(s -> {
        double x2 = left(s.lateFinish().plusDays(1));
        out.append("<line class=\"slack\" x1=\"").append(num(x + width)).append("\" y1=\"")
            .append(num(barTop + BAR / 2.0)).append("\" x2=\"").append(num(x2)).append("\" y2=\"")
            .append(num(barTop + BAR / 2.0)).append("\" stroke=\"").append(SLACK_STROKE)
            .append("\" stroke-width=\"2\"><title>").append(HtmlRenderer.escape(doc.label("column.slack") + ": "
                + s.totalSlack())).append("</title></line>\n");
      });
    }
    out.append("<rect class=\"bar ").append(side).append(critical ? " critical" : "").append(late > 0 ? " late" : "")
        .append("\" data-key=\"").append(c.commitment().id().key()).append("\" data-start=\"").append(start)
        .append("\" data-finish=\"").append(finish).append("\" x=\"")
        .append(num(x)).append("\" y=\"").append(num(barTop)).append("\" width=\"").append(num(width))
        .append("\" height=\"").append(BAR).append("\" rx=\"2\" fill=\"")
        .append(c.side() == Side.BUYER ? BUYER_FILL : SELLER_FILL).append('"');
    if (critical) {
      out.append(" stroke=\"").append(CRITICAL_STROKE).append("\" stroke-width=\"2\"");
    }
    out.append("><title>").append(HtmlRenderer.escape(tip)).append("</title></rect>\n");
    if (late > 0) {
      double dueEnd = Math.max(x, left(c.due().get().plusDays(1)));
      out.append("<line class=\"overdue\" x1=\"").append(num(dueEnd)).append("\" y1=\"")
          .append(num(barTop + BAR + 2.5)).append("\" x2=\"").append(num(x + width)).append("\" y2=\"")
          .append(num(barTop + BAR + 2.5)).append("\" stroke=\"").append(OVERDUE_STROKE)
          .append("\" stroke-width=\"3\"><title>").append(HtmlRenderer.escape(doc.label("text.lateBy", days(late))))
          .append("</title></line>\n");
    }
  }

  /** Its scheduled dates when it has slack before the close is delayed. */
  private static Optional<ScheduledCommitment> slack(PlanDocument.CommitmentRow c) {
    return c.scheduled().filter(s -> s.totalSlack() > 0 && s.lateFinish().isAfter(s.earlyFinish()));
  }

  private String days(long count) {
    return doc.label("unit.days." + Outline.plural(count), Long.toString(count));
  }

  /** A row's label, whole, on as many lines as it takes, vertically centred in its row. */
  private void label(String text, int x, int y, int h, boolean bold) {
    List<String> lines = wrap(text, LABEL_WIDTH - x - 4, bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH);
    double first = y + (h - lines.size() * LINE) / 2.0 + LINE - 4;
    out.append("<text class=\"label\" x=\"").append(x).append("\" y=\"").append(num(first)).append('"')
        .append(bold ? " font-weight=\"600\"" : "").append('>');
    for (int k = 0; k < lines.size(); k++) {
      out.append("<tspan x=\"").append(x).append('"');
      if (k > 0) {
        out.append(" dy=\"").append(LINE).append('"');
      }
      out.append('>').append(HtmlRenderer.escape(lines.get(k))).append("</tspan>");
    }
    out.append("</text>\n");
  }

  /**
   * A text on lines no wider than {@code max} units, broken between words, and within a word only when the word
   * alone is wider: nothing is left out.
   */
  static List<String> wrap(String text, double max, double charWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, charWidth) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // A word wider than a line: as many code points as fit on each line.
      int i = 0;
      while (i < word.length()) {
        int end = i;
        while (end < word.length()) {
          int next = word.offsetByCodePoints(end, 1);
          if (end > i && width(word.substring(i, next), charWidth) > max) {
            break;
          }
          end = next;
        }
        String piece = word.substring(i, end);
        if (end < word.length()) {
          lines.add(piece);
        } else {
          line.append(piece);
        }
        i = end;
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The estimated width of a text: wide (East Asian, emoji) characters count double. */
  static double width(String text, double charWidth) {
    double units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      units += cp >= 0x1100 && (Character.isIdeographic(cp) || cp >= 0x1F000 || (cp >= 0xAC00 && cp <= 0xD7A3))
          ? 2 : Character.isUpperCase(cp) ? 1.2 : 1;
      i += Character.charCount(cp);
    }
    return units * charWidth;
  }

  private static String diamond(double cx, double cy, double r) {
    return "M" + num(cx) + ',' + num(cy - r) + 'L' + num(cx + r) + ',' + num(cy) + 'L' + num(cx) + ','
        + num(cy + r) + 'L' + num(cx - r) + ',' + num(cy) + 'Z';
  }

  private double left(LocalDate date) {
    return PLOT_LEFT + ChronoUnit.DAYS.between(from, date) * dayWidth;
  }

  private double center(LocalDate date) {
    return left(date) + dayWidth / 2;
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
