package io.github.mutualplan.render;

import io.github.mutualplan.Side;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The SVG Gantt chart of the HTML page: a row per milestone (a diamond at its projected date) and per
 * scheduled commitment (a bar from its early start to its early finish, coloured by the side that owes it,
 * outlined when it is on the critical path), a date axis with week, month or quarter ticks, and a line on
 * the as-of day when the document is made as of one. Every shape carries a {@code <title>}, which browsers
 * show as a tooltip.
 */
final class GanttChart {
  private static final int LABEL_WIDTH = 260;
  private static final int ROW = 22;
  private static final int AXIS = 28;
  private static final double TARGET_WIDTH = 880;
  /** Pixels between two labels of the date axis: a month label is about 45 wide. */
  private static final double MIN_LABEL_SPACING = 50;
  private static final int LABEL_LENGTH = 40;
  private static final String BUYER_FILL = "#4c8bf5";
  private static final String SELLER_FILL = "#2e9e57";
  private static final String CRITICAL_STROKE = "#c5221f";

  private final PlanDocument doc;
  private final StringBuilder out;
  private LocalDate from;
  private LocalDate to;
  private double dayWidth;

  private GanttChart(PlanDocument doc, StringBuilder out) {
    this.doc = doc;
    this.out = out;
    range();
  }

  static void write(PlanDocument doc, StringBuilder out) {
    new GanttChart(doc, out).draw();
  }

  private void draw() {
    int rows = doc.milestones().size();
    for (PlanDocument.CommitmentRow row : doc.rows()) {
      rows += row.start().isPresent() ? 1 : 0;
    }
    long days = ChronoUnit.DAYS.between(from, to);
    double width = LABEL_WIDTH + days * dayWidth + 20;
    int height = AXIS + rows * ROW + 8;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-chart\" width=\"").append(num(width))
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(height).append("\" role=\"img\">\n")
        .append("<title>").append(HtmlRenderer.escape(doc.label("section.timeline") + ": " + doc.plan().title()))
        .append("</title>\n");
    axis(height);
    int y = AXIS;
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      milestone(m, y);
      y += ROW;
    }
    for (Side side : new Side[] {Side.BUYER, Side.SELLER}) {
      for (PlanDocument.CommitmentRow c : doc.rows(side)) {
        if (c.start().isPresent()) {
          bar(c, y);
          y += ROW;
        }
      }
    }
    doc.asOf().ifPresent(today -> {
      double x = center(today);
      out.append("<line class=\"today\" x1=\"").append(num(x)).append("\" y1=\"").append(AXIS - 6)
          .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(height - 4)
          .append("\" stroke=\"").append(CRITICAL_STROKE).append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\">")
          .append("<title>").append(HtmlRenderer.escape(doc.label("value.today") + ": " + PlanDocument.date(today)))
          .append("</title></line>\n");
    });
    out.append("</svg>\n");
  }

  /** From the earliest to the day after the latest date shown; a pixel scale that fits about 880 pixels. */
  private void range() {
    LocalDate first = doc.plan().start();
    LocalDate last = doc.plan().targetClose();
    for (PlanDocument.CommitmentRow c : doc.rows()) {
      if (c.start().isPresent()) {
        first = min(first, c.start().get());
        last = max(last, c.finish().get());
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
    long days = ChronoUnit.DAYS.between(from, to);
    dayWidth = Math.min(30, Math.max(0.5, TARGET_WIDTH / days));
  }

  private void axis(int height) {
    long days = ChronoUnit.DAYS.between(from, to);
    LocalDate tick;
    int months;
    if (days <= 92) {
      tick = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      months = 0;
    } else {
      tick = from.withDayOfMonth(1);
      months = days <= 731 ? 1 : 3;
      if (months == 3) {
        tick = tick.withMonth(((tick.getMonthValue() - 1) / 3) * 3 + 1);
      }
      if (tick.isBefore(from)) {
        tick = tick.plusMonths(months);
      }
    }
    out.append("<g class=\"axis\" stroke=\"#d0d7de\">\n");
    double labelledAt = Double.NEGATIVE_INFINITY;
    for (; tick.isBefore(to); tick = months == 0 ? tick.plusWeeks(1) : tick.plusMonths(months)) {
      double x = left(tick);
      out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(AXIS - 8).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(height - 4).append("\" />");
      if (x - labelledAt >= MIN_LABEL_SPACING) { // a label only where it does not run into the one before
        String label = months == 0 ? tick.toString().substring(5) : tick.toString().substring(0, 7);
        out.append("<text x=\"").append(num(x + 2)).append("\" y=\"").append(AXIS - 12)
            .append("\" stroke=\"none\" fill=\"#57606a\">").append(label).append("</text>");
        labelledAt = x;
      }
      out.append('\n');
    }
    out.append("</g>\n");
  }

  private void milestone(PlanDocument.MilestoneRow m, int y) {
    String name = m.milestone().name();
    double cx = center(m.projected());
    double cy = y + ROW / 2.0;
    label(name, y);
    String tip = name + ": " + doc.label("text.target", PlanDocument.date(m.target())) + ", "
        + doc.label("text.projected", PlanDocument.date(m.projected()))
        + (m.closing() ? " (" + doc.label("value.closing") + ")" : "");
    out.append("<polygon class=\"milestone").append(m.closing() ? " closing" : "").append("\" points=\"")
        .append(num(cx)).append(',').append(num(cy - 7)).append(' ')
        .append(num(cx + 7)).append(',').append(num(cy)).append(' ')
        .append(num(cx)).append(',').append(num(cy + 7)).append(' ')
        .append(num(cx - 7)).append(',').append(num(cy)).append("\" fill=\"")
        .append(m.closing() ? CRITICAL_STROKE : "#8250df").append("\"><title>").append(HtmlRenderer.escape(tip))
        .append("</title></polygon>\n");
  }

  private void bar(PlanDocument.CommitmentRow c, int y) {
    String title = c.commitment().title();
    label(title, y);
    boolean critical = c.critical();
    LocalDate start = c.start().get();
    LocalDate finish = c.finish().get();
    double x = left(start);
    double width = Math.max(2, left(finish.plusDays(1)) - x);
    String side = c.side() == Side.BUYER ? "buyer" : "seller";
    String tip = title + " (" + doc.label(c.side()) + ", " + c.owner().orElse("") + "): "
        + doc.label("text.scheduled", PlanDocument.date(start), PlanDocument.date(finish))
        + (critical ? ", " + doc.label("column.critical").toLowerCase(doc.locale()) : "");
    out.append("<rect class=\"bar ").append(side).append(critical ? " critical" : "").append("\" x=\"")
        .append(num(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(num(width))
        .append("\" height=\"").append(ROW - 8).append("\" rx=\"2\" fill=\"")
        .append(c.side() == Side.BUYER ? BUYER_FILL : SELLER_FILL).append('"');
    if (critical) {
      out.append(" stroke=\"").append(CRITICAL_STROKE).append("\" stroke-width=\"2\"");
    }
    out.append("><title>").append(HtmlRenderer.escape(tip)).append("</title></rect>\n");
  }

  /** The row's label, shortened to fit, with the whole text as its tooltip. */
  private void label(String text, int y) {
    String line = text.replace('\r', ' ').replace('\n', ' ');
    String shown = line.codePointCount(0, line.length()) <= LABEL_LENGTH ? line
        : line.substring(0, line.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "\u2026";
    out.append("<text x=\"4\" y=\"").append(y + ROW / 2 + 4).append("\">").append(HtmlRenderer.escape(shown))
        .append("<title>").append(HtmlRenderer.escape(text)).append("</title></text>\n");
  }

  private double left(LocalDate date) {
    return LABEL_WIDTH + ChronoUnit.DAYS.between(from, date) * dayWidth;
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
