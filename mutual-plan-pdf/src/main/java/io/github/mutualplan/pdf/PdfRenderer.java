package io.github.mutualplan.pdf;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.render.Outline;
import io.github.mutualplan.render.PlanDocument;
import io.github.mutualplan.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the PDF document of a plan: the same content as the HTML page ({@link Outline}: the heading and title,
 * the summary, the deal's facts, objectives, stakeholders, the timeline with its Gantt chart, each side's
 * commitments, decision criteria, success metrics and sign-off), laid out on numbered pages, for the options'
 * audience and in their language. The same plan and options always give the same bytes.
 *
 * <pre>{@code
 * PdfRenderer renderer = PdfRenderer.of(RenderOptions.defaults());            // for the buyer, in English
 * try (OutputStream out = Files.newOutputStream(Path.of("northwind.pdf"))) {
 *   renderer.render(plan, Optional.of(LocalDate.of(2027, 3, 1)), out);       // as of a day
 * }
 * byte[] russian = PdfRenderer.of(RenderOptions.defaults().withLocale(new Locale("ru", "RU"))).render(plan);
 * }</pre>
 *
 * <p><b>The layout.</b> Texts are wrapped to the width of the page or of their column, never cut; a table that
 * does not fit on a page goes on over the next ones, its header row repeated; a heading always has the first
 * lines of what follows it on its page; dates are never split, and late or stale lines read in red. The Gantt
 * chart groups its rows as the HTML page's does ({@link PlanDocument#timeline()}: each milestone, a diamond at its
 * projected date, then the scheduled commitments that lead to it in time order, each a bar from its first to its
 * last day coloured by the side that owes it), over an axis of months from the month of the earliest date shown,
 * with a legend of the marks it uses; it too goes on over several pages, its axis repeated. Every page's footer
 * has its number ("Page 3 of 7").
 *
 * <p><b>Fonts.</b> The text is set in Liberation Sans (the font PDFBox ships, under the SIL Open Font License
 * 1.1), embedded as a subset: it covers Latin, Greek and Cyrillic. A character the font has no glyph for is
 * written as {@code ?}; control characters other than line breaks are left out.
 *
 * <p><b>Metadata.</b> The document's title is the plan's title, its author the seller's organisation, its
 * creation date {@link PlanDocument#generatedAt()}, and its language the options' locale.
 *
 * <p>Instances are immutable and safe to share between threads: each call lays out its own PDF document.
 *
 * @since 0.1.0
 */
public final class PdfRenderer {
  private final RenderOptions options;
  private final PageSize pageSize;

  private PdfRenderer(RenderOptions options, PageSize pageSize) {
    this.options = options;
    this.pageSize = pageSize;
  }

  /**
   * A renderer with these options, on pages of the locale's size: {@link PageSize#LETTER} when the locale's
   * country is the United States ({@code US}) or Canada ({@code CA}), else {@link PageSize#A4}. The default
   * locale, {@link Locale#ENGLISH}, names no country, and so gets A4.
   *
   * @param options for whom, in which language, on which calendars
   * @return the renderer
   */
  public static PdfRenderer of(RenderOptions options) {
    Objects.requireNonNull(options, "options");
    String country = options.locale().getCountry();
    return new PdfRenderer(options, country.equals("US") || country.equals("CA") ? PageSize.LETTER : PageSize.A4);
  }

  /**
   * A copy on pages of this size.
   *
   * @param pageSize the size of the pages
   * @return a renderer with this page size and the same options
   */
  public PdfRenderer withPageSize(PageSize pageSize) {
    Objects.requireNonNull(pageSize, "pageSize");
    return pageSize == this.pageSize ? this : new PdfRenderer(options, pageSize);
  }

  /** The options: for whom, in which language, on which calendars. */
  public RenderOptions options() {
    return options;
  }

  /** The size of the pages. */
  public PageSize pageSize() {
    return pageSize;
  }

  /**
   * Writes the PDF document of a plan to a stream, which is left open.
   *
   * @param plan the plan
   * @param asOf the day to schedule the plan as of, or empty for the plan as planned
   * @param out where to write the PDF
   * @throws IOException if the stream cannot be written
   * @throws IllegalStateException for a closing plan and the {@linkplain io.github.mutualplan.render.Audience#BUYER
   *     buyer}, who never sees one
   * @throws IllegalArgumentException if the day is outside the years of {@link io.github.mutualplan.PlanLimits}
   * @throws io.github.mutualplan.ScheduleException if the plan cannot be scheduled on the options' calendars
   */
  public void render(MutualActionPlan plan, Optional<LocalDate> asOf, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    PlanDocument doc = PlanDocument.of(plan, asOf, options);
    Outline outline = Outline.of(doc);
    try (PDDocument pdf = new PDDocument()) {
      PdfLayout.write(pdf, doc, outline, pageSize);
      pdf.save(new FilterOutputStream(out) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          flush(); // the caller's stream stays open
        }
      });
    }
  }

  /**
   * The PDF document of a plan as planned.
   *
   * @param plan the plan
   * @return the PDF's bytes
   * @throws IllegalStateException for a closing plan and the {@linkplain io.github.mutualplan.render.Audience#BUYER
   *     buyer}, who never sees one
   * @throws io.github.mutualplan.ScheduleException if the plan cannot be scheduled on the options' calendars
   */
  public byte[] render(MutualActionPlan plan) {
    return bytes(plan, Optional.empty());
  }

  /**
   * The PDF document of a plan as of a day: done commitments at their completion dates, nothing left to do
   * before the day.
   *
   * @param plan the plan
   * @param asOf the day
   * @return the PDF's bytes
   * @throws IllegalStateException for a closing plan and the {@linkplain io.github.mutualplan.render.Audience#BUYER
   *     buyer}, who never sees one
   * @throws IllegalArgumentException if the day is outside the years of {@link io.github.mutualplan.PlanLimits}
   * @throws io.github.mutualplan.ScheduleException if the plan cannot be scheduled on the options' calendars
   */
  public byte[] render(MutualActionPlan plan, LocalDate asOf) {
    return bytes(plan, Optional.of(Objects.requireNonNull(asOf, "asOf")));
  }

  private byte[] bytes(MutualActionPlan plan, Optional<LocalDate> asOf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      render(plan, asOf, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF of plan '" + plan.id() + "' in memory", e);
    }
    return bytes.toByteArray();
  }

  /** Returns the options and the page size. */
  @Override
  public String toString() {
    return "PdfRenderer{" + options + ", " + pageSize + "}";
  }
}
