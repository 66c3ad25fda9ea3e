package io.github.mutualplan.render;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Milestone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@link DocumentFormat#ICALENDAR} (RFC 5545): an all-day {@code VEVENT} per milestone and per dated
 * commitment.
 *
 * <ul>
 *   <li>A milestone's event is on its <em>target</em> date, the date both sides agreed, which changes only with
 *       a new version of the plan (so that {@code SEQUENCE} orders the updates); its projected date is in the
 *       description.
 *   <li>A commitment's event is on its due date, or, without one, on its scheduled finish; a cancelled one
 *       with a due date is kept with {@code STATUS:CANCELLED}, so that a calendar that imported it drops it.
 *   <li>{@code UID}: {@code milestone-<key>+<plan>@mutualplan.io} or {@code commitment-<key>+<plan>@...}; keys
 *       hold no {@code +}, so two items never share one. {@code SEQUENCE} is the plan's version and
 *       {@code DTSTAMP} the options' {@link RenderOptions#generatedAt()}.
 * </ul>
 *
 * <p>Lines end with CRLF and are folded at 75 octets of UTF-8 without splitting a character; texts are escaped
 * ({@code \\ ; ,} and line breaks).
 */
final class ICalendarRenderer implements DocumentWriter {
  static final String DOMAIN = "@mutualplan.io";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Override
  public void write(PlanDocument doc, StringBuilder out) {
    String stamp = STAMP.format(doc.generatedAt());
    String sequence = Long.toString(Math.min(doc.plan().version(), Integer.MAX_VALUE));
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//mutual-plan//mutual-plan//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "X-WR-CALNAME:" + text(doc.plan().title()));
    for (PlanDocument.MilestoneRow row : doc.milestones()) {
      Milestone m = row.milestone();
      List<String> description = new ArrayList<>();
      description.add(doc.label("text.projected", PlanDocument.isoDate(row.projected())));
      if (!m.exitCriteria().isEmpty()) {
        description.add(doc.label("text.exitCriteria", String.join("; ", m.exitCriteria())));
      }
      String summary = m.closing() ? m.name() + " (" + doc.label("value.closing") + ")" : m.name();
      event(out, "milestone-" + m.id().key(), doc, stamp, sequence, m.targetDate(), summary, description,
          doc.label("type.milestone"), false);
    }
    for (PlanDocument.CommitmentRow row : doc.rows()) {
      Commitment c = row.commitment();
      Optional<LocalDate> day = row.due().or(row::finish);
      if (day.isEmpty()) {
        continue;
      }
      List<String> description = new ArrayList<>();
      description.add(doc.label(row.side()) + ", " + doc.label("column.owner").toLowerCase(doc.locale())
          + ": " + row.owner().orElse("") + "; " + doc.label(row.status()));
      c.deliverable().ifPresent(d -> description.add(doc.label("column.deliverable") + ": " + d));
      row.due().ifPresent(due -> description.add(doc.label("text.dueOn", PlanDocument.isoDate(due))));
      if (row.start().isPresent()) {
        description.add(doc.label("text.scheduled", PlanDocument.isoDate(row.start().get()),
            PlanDocument.isoDate(row.finish().get())));
      }
      event(out, "commitment-" + c.id().key(), doc, stamp, sequence, day.get(), c.title(), description,
          doc.label(row.side()), row.status() == CommitmentStatus.CANCELLED);
    }
    line(out, "END:VCALENDAR");
  }

  private static void event(StringBuilder out, String item, PlanDocument doc, String stamp, String sequence,
      LocalDate day, String summary, List<String> description, String category, boolean cancelled) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + item + "+" + doc.plan().id().key() + DOMAIN);
    line(out, "DTSTAMP:" + stamp);
    line(out, "SEQUENCE:" + sequence);
    line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
    line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
    line(out, "SUMMARY:" + text(summary));
    line(out, "DESCRIPTION:" + text(String.join("\n", description)));
    line(out, "CATEGORIES:" + text(category));
    line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
  }

  /** A TEXT value: {@code \\}, {@code ;} and {@code ,} escaped, line breaks as {@code \n}, controls dropped. */
  static String text(String value) {
    return PlainText.escape(value, c -> {
      switch (c) {
        case '\\': return "\\\\";
        case ';': return "\\;";
        case ',': return "\\,";
        case '\n': return "\\n";
        case '\t': return " "; // a control character, which TEXT does not allow
        default: return null;
      }
    });
  }


  /**
   * Writes a content line, folded: no line is longer than 75 octets of UTF-8 without its CRLF, a continuation
   * line starts with a space (which counts), and no character is split.
   */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int chars = Character.charCount(codePoint);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // in UTF-8
      if (octets + size > MAX_OCTETS) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(content, i, i + chars);
      octets += size;
      i += chars;
    }
    out.append("\r\n");
  }
}
