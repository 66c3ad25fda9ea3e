package io.github.mutualplan.render;

import java.util.Locale;
import java.util.Objects;

/**
 * The documents a plan renders to, each with its renderer.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults();           // for the buyer, in English
 * String markdown = DocumentFormat.MARKDOWN.renderer(options).render(plan);
 * String calendar = DocumentFormat.ICALENDAR.renderer(options).render(plan);
 * DocumentFormat format = DocumentFormat.fromName("ics");     // ICALENDAR
 * Files.writeString(Path.of("plan." + format.fileExtension()), format.renderer(options).render(plan));
 * }</pre>
 *
 * <p>Every document holds the same plan: for the {@linkplain Audience#BUYER buyer}, only its shared items. All
 * dates come from the plan's schedule ({@link io.github.mutualplan.schedule.Scheduler}) on the options'
 * calendars (the plan's own unless overridden), as of the day given to {@code render} if any; dates are written
 * as ISO dates ({@code 2027-06-30}) in every language.
 *
 * <p>The constants, and the renderers and writers they make, are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum DocumentFormat {
  /**
   * A Markdown page (CommonMark with GitHub tables): the deal, objectives, stakeholders, timeline, commitments
   * of each side, decision criteria, success metrics and a sign-off block. The plan's texts are escaped, so
   * that none of them can open a heading, a link, HTML or a new table cell.
   */
  MARKDOWN("md", "text/markdown; charset=UTF-8"),
  /**
   * One self-contained HTML page (inline CSS, no script, nothing loaded from elsewhere) with the Markdown's
   * sections and an SVG Gantt chart; it is well-formed XML too.
   */
  HTML("html", "text/html; charset=UTF-8"),
  /**
   * CSV (RFC 4180, UTF-8, CRLF): a localized header, then a row per commitment and per milestone. A cell that
   * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
   * {@code '}, so that a spreadsheet never runs it as a formula (OWASP's advice against CSV injection).
   */
  CSV("csv", "text/csv; charset=UTF-8; header=present"),
  /**
   * An iCalendar file (RFC 5545) to import or subscribe to: an all-day event per milestone, on its target
   * date, and per commitment, on its due date (or, without one, its scheduled finish). Each event's
   * {@code UID} is made of the plan's and the item's keys only and its {@code SEQUENCE} is the plan's version,
   * so that importing a later version updates the events rather than adding copies.
   */
  ICALENDAR("ics", "text/calendar; charset=UTF-8"),
  /**
   * A Mermaid Gantt chart: a section per side, a task per scheduled commitment ({@code crit} on the critical
   * path) and the milestones.
   */
  MERMAID("mmd", "text/vnd.mermaid; charset=UTF-8");

  private final String fileExtension;
  private final String mediaType;

  DocumentFormat(String fileExtension, String mediaType) {
    this.fileExtension = fileExtension;
    this.mediaType = mediaType;
  }

  /**
   * Returns the format with this name, ignoring case: {@code markdown} or {@code md}, {@code html},
   * {@code csv}, {@code ical}, {@code icalendar} or {@code ics}, {@code mermaid} or {@code mmd}.
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  public static DocumentFormat fromName(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "markdown":
      case "md":
        return MARKDOWN;
      case "html":
        return HTML;
      case "csv":
        return CSV;
      case "ical":
      case "icalendar":
      case "ics":
        return ICALENDAR;
      case "mermaid":
      case "mmd":
        return MERMAID;
      default:
        throw new IllegalArgumentException("no document format '" + name
            + "': use markdown (md), html, csv, icalendar (ical, ics) or mermaid (mmd)");
    }
  }

  /** The usual file name extension, without the dot: {@code md}, {@code html}, {@code csv}, {@code ics}, {@code mmd}. */
  public String fileExtension() {
    return fileExtension;
  }

  /** The media type, with its charset, for example {@code text/calendar; charset=UTF-8}. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The renderer of this format with these options.
   *
   * @param options how to render
   * @return the renderer, stateless and thread-safe
   */
  public PlanRenderer renderer(RenderOptions options) {
    Objects.requireNonNull(options, "options");
    return PlanRenderer.of(options, writer());
  }

  /** The writer of this format; the compiler checks that every format has one. */
  private DocumentWriter writer() {
    return switch (this) {
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer();
      case CSV -> new CsvRenderer();
      case ICALENDAR -> new ICalendarRenderer();
      case MERMAID -> new MermaidRenderer();
    };
  }
}
