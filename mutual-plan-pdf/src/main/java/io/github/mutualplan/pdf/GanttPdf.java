package io.github.mutualplan.pdf;

import io.github.mutualplan.Side;
import io.github.mutualplan.render.PlanDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Gantt chart of the PDF document, drawn with lines, shapes and text: the rows of the HTML page's chart
 * ({@link io.github.mutualplan.render.PlanDocument#timeline()}: each milestone, then the scheduled commitments that
 * lead to it, in time order), an axis of months from the month of the earliest date shown, and a legend of the
 * marks used. It goes on over as many pages as it needs, its axis
 * repeated at the top of each.
 */
final class GanttPdf {
  private static final float LABEL_SIZE = 7.5f;
  private static final float AXIS_SIZE = 7;
  private static final float AXIS_HEIGHT = 13;
  private static final float MIN_ROW = 15;
  private static final float BAR = 8;
  /** The narrowest bar, for a commitment of a day or less on a long chart. */
  private static final float MIN_BAR = 2.5f;
  private static final float GAP = 6;
  /** How far a commitment's label is indented under its milestone's. */
  private static final float INDENT = 6;
  private static final int[] LABEL_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};

  static final PdfLayout.Rgb BUYER = PdfLayout.Rgb.of(0x4c8bf5);
  static final PdfLayout.Rgb SELLER = PdfLayout.Rgb.of(0x2e9e57);
  static final PdfLayout.Rgb CRITICAL = PdfLayout.Rgb.of(0xc5221f);
  static final PdfLayout.Rgb LATE = PdfLayout.Rgb.of(0xf29900);
  static final PdfLayout.Rgb MILESTONE = PdfLayout.Rgb.of(0x8250df);
  static final PdfLayout.Rgb GRID = PdfLayout.Rgb.of(0xe3e7eb);

  private final PdfLayout out;
  private final PlanDocument doc;
  private final List<Row> rows = new ArrayList<>();
  private final LocalDate from;
  private final LocalDate to;
  private final float labelWidth;
  private final float chartLeft;
  private final float chartRight;

  /** A row: a milestone or a scheduled commitment, and its label's lines. */
  private record Row(Optional<PlanDocument.MilestoneRow> milestone, Optional<PlanDocument.CommitmentRow> commitment,
      List<String> lines) {}

  GanttPdf(PdfLayout out, PlanDocument doc) {
    this.out = out;
    this.doc = doc;
    float widest = 0;
    for (PlanDocument.MilestoneRow m : doc.milestones()) {
      widest = Math.max(widest, out.width(out.clean(m.milestone().name()), LABEL_SIZE));
    }
    for (PlanDocument.CommitmentRow c : doc.rows()) {
      if (c.start().isPresent()) {
        widest = Math.max(widest, out.width(out.clean(c.commitment().title()), LABEL_SIZE));
      }
    }
    labelWidth = Math.max(out.width() * 0.2f, Math.min(widest + 1, out.width() * 0.34f));
    chartLeft = out.left() + labelWidth + GAP;
    chartRight = out.right() - 5;
    // In time order, each milestone before the commitments that lead to it, as the HTML page groups them.
    for (PlanDocument.TimelineGroup group : doc.timeline()) {
      group.milestone().ifPresent(m -> rows.add(new Row(Optional.of(m), Optional.empty(),
          out.wrap(m.milestone().name(), LABEL_SIZE, labelWidth))));
      for (PlanDocument.CommitmentRow c : group.rows()) {
        rows.add(new Row(Optional.empty(), Optional.of(c), out.wrap(c.commitment().title(), LABEL_SIZE,
            labelWidth - INDENT)));
      }
    }
    LocalDate first = doc.plan().start();
    LocalDate last = doc.plan().targetClose();
    for (Row row : rows) {
      for (LocalDate day : dates(row)) {
        first = day.isBefore(first) ? day : first;
        last = day.isAfter(last) ? day : last;
      }
    }
    if (doc.asOf().isPresent()) {
      first = doc.asOf().get().isBefore(first) ? doc.asOf().get() : first;
      last = doc.asOf().get().isAfter(last) ? doc.asOf().get() : last;
    }
    from = first.withDayOfMonth(1);
    to = last.withDayOfMonth(1).plusMonths(1);
  }

  private static List<LocalDate> dates(Row row) {
    List<LocalDate> dates = new ArrayList<>();
    row.milestone().ifPresent(m -> {
      dates.add(m.projected());
      dates.add(m.target());
    });
    row.commitment().ifPresent(c -> {
      dates.add(c.start().get());
      dates.add(c.finish().get());
      c.due().ifPresent(dates::add);
    });
    return dates;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The legend, the axis and the first row: what is kept on the page of the timeline's heading. */
  float keepHeight() {
    return isEmpty() ? PdfLayout.lineHeight(PdfLayout.BODY) : legendHeight(false) + AXIS_HEIGHT + height(rows.get(0));
  }

  void draw() throws IOException {
    out.ensure(keepHeight());
    legendHeight(true);
    axis();
    for (Row row : rows) {
      float height = height(row);
      if (!out.fits(height)) {
        out.newPage();
        axis();
      }
      row(row, height);
    }
    out.down(10);
  }

  private float height(Row row) {
    return Math.max(MIN_ROW, row.lines().size() * PdfLayout.lineHeight(LABEL_SIZE) + 4);
  }

  // The legend.

  private record Mark(String kind, String label) {}

  private List<Mark> marks() {
    List<Mark> marks = new ArrayList<>();
    boolean buyer = false;
    boolean seller = false;
    boolean critical = false;
    boolean late = false;
    boolean milestone = false;
    boolean closing = false;
    for (Row row : rows) {
      if (row.commitment().isPresent()) {
        PlanDocument.CommitmentRow c = row.commitment().get();
        buyer |= c.side() == Side.BUYER;
        seller |= c.side() == Side.SELLER;
        critical |= c.critical();
        late |= c.late();
      } else {
        PlanDocument.MilestoneRow m = row.milestone().get();
        closing |= m.closing();
        milestone |= !m.closing();
        late |= m.late();
      }
    }
    if (buyer) {
      marks.add(new Mark("buyer", doc.label(Side.BUYER) + ": " + doc.organization(Side.BUYER)));
    }
    if (seller) {
      marks.add(new Mark("seller", doc.label(Side.SELLER) + ": " + doc.organization(Side.SELLER)));
    }
    if (critical) {
      marks.add(new Mark("critical", doc.label("column.critical")));
    }
    if (late) {
      marks.add(new Mark("late", doc.label("text.late")));
    }
    if (milestone) {
      marks.add(new Mark("milestone", doc.label("type.milestone")));
    }
    if (closing) {
      marks.add(new Mark("closing", doc.label("type.milestone") + " (" + doc.label("value.closing") + ")"));
    }
    doc.asOf().ifPresent(today -> marks.add(new Mark("today", doc.label("value.today") + ": " + doc.date(today))));
    return marks;
  }

  /** The legend's height; draws it too when told. Marks flow from left to right, onto more lines as needed. */
  private float legendHeight(boolean draw) {
    float lh = PdfLayout.lineHeight(LABEL_SIZE);
    float swatch = 14;
    float x = out.left();
    float top = 0;
    float lineHeight = 0;
    try {
      for (Mark mark : marks()) {
        List<String> lines = out.wrap(mark.label(), LABEL_SIZE, out.width() - swatch - 4);
        float textWidth = 0;
        for (String line : lines) {
          textWidth = Math.max(textWidth, out.width(line, LABEL_SIZE));
        }
        float itemWidth = swatch + 4 + textWidth;
        if (x > out.left() && x + itemWidth > out.right()) {
          x = out.left();
          top += lineHeight + 3;
          lineHeight = 0;
        }
        float height = Math.max(lines.size() * lh, 10);
        if (draw) {
          float y = out.y() - top;
          swatch(mark.kind(), x, y - lh / 2 - 0.5f, swatch);
          for (int j = 0; j < lines.size(); j++) {
            out.text(lines.get(j), x + swatch + 4, y - j * lh - LABEL_SIZE, LABEL_SIZE, false, PdfLayout.TEXT);
          }
        }
        lineHeight = Math.max(lineHeight, height);
        x += itemWidth + 12;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    float height = top + lineHeight + 6;
    if (draw) {
      out.down(height);
    }
    return height;
  }

  private void swatch(String kind, float x, float cy, float width) throws IOException {
    float h = BAR;
    switch (kind) {
      case "buyer":
        out.fillRect(x, cy - h / 2, width, h, BUYER);
        break;
      case "seller":
        out.fillRect(x, cy - h / 2, width, h, SELLER);
        break;
      case "critical":
        out.strokeRect(x + 0.6f, cy - h / 2, width - 1.2f, h, 1.2f, CRITICAL);
        break;
      case "late":
        out.fillRect(x, cy - h / 2, width, h, PdfLayout.RULE);
        out.fillRect(x, cy - h / 2, width, h / 2, LATE);
        break;
      case "milestone":
        out.diamond(x + width / 2, cy, 4.5f, MILESTONE);
        break;
      case "closing":
        out.diamond(x + width / 2, cy, 4.5f, CRITICAL);
        break;
      default:
        out.dashedLine(x + width / 2, cy - 6, x + width / 2, cy + 6, 1.2f, CRITICAL);
        break;
    }
  }

  // The axis and the rows.

  private float x(LocalDate day) {
    long days = ChronoUnit.DAYS.between(from, to);
    return chartLeft + (chartRight - chartLeft) * ChronoUnit.DAYS.between(from, day) / days;
  }

  private int labelStep() {
    long months = ChronoUnit.MONTHS.between(from, to);
    float monthWidth = (chartRight - chartLeft) / months;
    float label = out.width("0000-00", AXIS_SIZE) + 6;
    for (int step : LABEL_STEPS) {
      if (step * monthWidth >= label) {
        return step;
      }
    }
    return (int) Math.ceil(label / monthWidth);
  }

  /** Whether the grid has a line at every month, or only at the labelled ones. */
  private boolean everyMonth() {
    return (chartRight - chartLeft) / ChronoUnit.MONTHS.between(from, to) >= 4;
  }

  private void axis() throws IOException {
    float y = out.y();
    int step = labelStep();
    int index = 0;
    float labelWidth = out.width(out.clean(doc.month(LocalDate.of(2027, 9, 1))), AXIS_SIZE); // a long name
    for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1), index++) {
      boolean labelled = index % step == 0;
      if (!labelled && !everyMonth()) {
        continue;
      }
      float x = x(month);
      out.line(x, y - AXIS_HEIGHT, x, y - AXIS_HEIGHT + (labelled ? 5 : 3), 0.6f, PdfLayout.MUTED);
      if (labelled && x + 2 + labelWidth <= chartRight) {
        String label = out.clean(doc.month(month)); // a glyph the font lacks is a question mark
        out.text(label, x + 2, y - AXIS_HEIGHT + 4, AXIS_SIZE, false, PdfLayout.MUTED);
      }
    }
    out.line(chartLeft, y - AXIS_HEIGHT, chartRight, y - AXIS_HEIGHT, 0.6f, PdfLayout.MUTED);
    out.down(AXIS_HEIGHT);
  }

  private void row(Row row, float height) throws IOException {
    float top = out.y();
    float bottom = top - height;
    float cy = top - height / 2;
    boolean group = row.milestone().isPresent(); // a milestone heads the group of what leads to it
    if (group) {
      out.fillRect(out.left(), bottom, chartRight - out.left(), height, PdfLayout.HEADER_FILL);
    }
    // The grid under the shapes.
    int step = labelStep();
    int index = 0;
    for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1), index++) {
      if (index % step == 0 || everyMonth()) {
        float x = x(month);
        out.line(x, bottom, x, top, 0.4f, GRID);
      }
    }
    out.line(out.left(), bottom, chartRight, bottom, 0.3f, GRID);
    float lh = PdfLayout.lineHeight(LABEL_SIZE);
    float textTop = cy + row.lines().size() * lh / 2;
    for (int j = 0; j < row.lines().size(); j++) {
      out.text(row.lines().get(j), out.left() + (group ? 0 : INDENT), textTop - j * lh - LABEL_SIZE, LABEL_SIZE,
          group, PdfLayout.TEXT);
    }
    if (row.commitment().isPresent()) {
      bar(row.commitment().get(), cy);
    } else {
      milestone(row.milestone().get(), cy);
    }
    if (doc.asOf().isPresent()) {
      float x = center(doc.asOf().get());
      out.dashedLine(x, bottom, x, top, 1, CRITICAL);
    }
    out.down(height);
  }

  private void bar(PlanDocument.CommitmentRow c, float cy) throws IOException {
    LocalDate start = c.start().get();
    LocalDate finish = c.finish().get();
    float x = x(start);
    float end = Math.min(Math.max(x + MIN_BAR, x(finish.plusDays(1))), chartRight);
    x = Math.min(x, end - MIN_BAR);
    out.fillRect(x, cy - BAR / 2, end - x, BAR, c.side() == Side.BUYER ? BUYER : SELLER);
    if (c.late()) {
      float due = Math.max(x, x(c.due().get().plusDays(1)));
      due = Math.min(due, end - MIN_BAR);
      // The lower half of the days past the due date: the side's colour stays visible above it.
      out.fillRect(due, cy - BAR / 2, end - due, BAR / 2, LATE);
    }
    if (c.critical()) {
      out.strokeRect(x, cy - BAR / 2, end - x, BAR, 1.2f, CRITICAL);
    }
  }

  private void milestone(PlanDocument.MilestoneRow m, float cy) throws IOException {
    float projected = center(m.projected());
    if (m.late()) {
      float target = center(m.target());
      out.fillRect(target, cy - 1.5f, projected - target, 3, LATE);
    }
    out.diamond(projected, cy, 4.5f, m.closing() ? CRITICAL : MILESTONE);
  }

  private float center(LocalDate day) {
    return (x(day) + x(day.plusDays(1))) / 2;
  }
}
