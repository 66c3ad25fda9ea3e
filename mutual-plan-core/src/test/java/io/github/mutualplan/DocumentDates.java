package io.github.mutualplan;

import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.Documents;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the dates back out of each document format, with a real parser where there is one (ical4j, Commons
 * CSV, the JDK's XML parser for the HTML page, which is well-formed XML) and by the documented layout where there
 * is none (Markdown's pipe tables, Mermaid's task lines). English documents only.
 *
 * <p>Where each format writes what (see the renderers in {@code io.github.mutualplan.render}):
 *
 * <ul>
 *   <li>Markdown and HTML: the facts ("Projected close", "As of"), the timeline table (a row per milestone with its
 *       projected date, in the plan's order) and a table per side (a row per commitment of that side, in the
 *       plan's order, named by its title, with its start, finish, or a dash when cancelled, and "yes" when
 *       critical), ISO dates in Markdown and English medium dates ("Jul 12, 2027") in HTML; the HTML page's SVG
 *       chart also has a bar per scheduled commitment (its key and ISO dates in {@code data-key},
 *       {@code data-start} and {@code data-finish}, its tooltip saying "Scheduled: start to finish", its class
 *       "critical"), a diamond per milestone ({@code data-key}, {@code data-projected}, "Projected: day") and a
 *       "today" line on the as-of day ({@code data-day}), in the chart's own order.
 *   <li>CSV: a row per commitment (by key; start and finish, empty when cancelled; "yes" when critical), then a
 *       row per milestone (by key; its projected date in the finish column, "closing" in the milestone column).
 *   <li>iCalendar: an event per milestone (UID {@code milestone-<key>+<plan>@mutualplan.io}, on its target date,
 *       "Projected: day" in the description) and per commitment with a due date or a schedule (UID
 *       {@code commitment-<key>+...}, on its due date or else its scheduled finish, "Scheduled: start to finish"
 *       in the description when scheduled).
 *   <li>Mermaid: a task per scheduled commitment ({@code c-<key>}, its start and the day after its finish,
 *       {@code crit} when critical), a zero-length task per milestone ({@code m-<key>}) on its projected date.
 * </ul>
 */
final class DocumentDates {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SCHEDULED =
      Pattern.compile("Scheduled: (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern PROJECTED = Pattern.compile("Projected: (\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern MERMAID_TASK = Pattern.compile(
      "^    .* :(crit, )?(done, )?c-([A-Za-z0-9_-]+), (\\d{4}-\\d{2}-\\d{2}), (\\d{4}-\\d{2}-\\d{2})$");
  private static final Pattern MERMAID_MILESTONE =
      Pattern.compile("^    .* :milestone, m-([A-Za-z0-9_-]+), (\\d{4}-\\d{2}-\\d{2}), 0d$");
  private static final String DASH = "\u2014";
  /** How the English HTML page writes a date: {@code Jul 12, 2027}. */
  static final DateTimeFormatter HTML_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);

  private DocumentDates() {}

  /** A commitment's dates as a document shows them. */
  record Span(LocalDate start, LocalDate finish) {}

  /**
   * What one document shows: the commitments it lists (with their dates, or empty when it lists one without
   * dates), which of them it marks critical (null when the format marks none), each milestone's projected date,
   * the projected close (the fact, or the closing milestone's date where the format has no such fact) and the
   * as-of day (empty where the format does not say it).
   */
  record Shown(Map<CommitmentId, Optional<Span>> commitments, Set<CommitmentId> critical,
      Map<MilestoneId, LocalDate> milestones, Optional<LocalDate> projectedClose, Optional<LocalDate> asOf,
      Map<CommitmentId, LocalDate> eventDays) {}

  /** Reads a document of this format, rendered from {@code view} (the plan as its audience sees it). */
  static Shown read(DocumentFormat format, String text, MutualActionPlan view) {
    switch (format) {
      case MARKDOWN:
        return markdown(text, view);
      case HTML:
        return html(text, view);
      case CSV:
        return csv(text, view);
      case ICALENDAR:
        return icalendar(text, view);
      default:
        return mermaid(text, view);
    }
  }

  // Markdown

  static Shown markdown(String md, MutualActionPlan view) {
    Map<String, String> facts = new LinkedHashMap<>();
    Map<String, List<List<String>>> tables = new LinkedHashMap<>(); // by heading
    String heading = "";
    List<List<String>> table = null;
    int rowInTable = 0;
    for (String line : md.split("\n", -1)) {
      if (line.startsWith("|")) {
        if (table == null) {
          table = tables.computeIfAbsent(heading, h -> new ArrayList<>());
          rowInTable = 0;
        }
        if (rowInTable++ >= 2) { // after the header and the delimiter row
          table.add(markdownCells(line));
        }
        continue;
      }
      table = null;
      if (line.startsWith("## ")) {
        heading = unescapeMarkdown(line.substring(3));
      } else if (line.startsWith("### ")) {
        heading = heading.replaceFirst(" / .*", "") + " / " + unescapeMarkdown(line.substring(4));
      } else if (line.startsWith("- **") && line.contains(":** ") && heading.isEmpty()) {
        int colon = line.indexOf(":** ");
        facts.put(unescapeMarkdown(line.substring(4, colon)), unescapeMarkdown(line.substring(colon + 4)));
      }
    }
    return outline(facts, tables, view, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** The cells of a table row, split at the unescaped pipes, unescaped and trimmed. */
  private static List<String> markdownCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(unescapeMarkdown(cell.toString().strip()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static String unescapeMarkdown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  // HTML

  static Shown html(String page, MutualActionPlan view) {
    Element body = (Element) Documents.xml(page).getElementsByTagName("body").item(0);
    Map<String, String> facts = new LinkedHashMap<>();
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    String heading = "";
    Map<CommitmentId, Optional<Span>> bars = new LinkedHashMap<>();
    Set<CommitmentId> critical = new HashSet<>();
    Map<MilestoneId, LocalDate> diamonds = new LinkedHashMap<>();
    Optional<LocalDate> today = Optional.empty();
    List<Element> blocks = new ArrayList<>();
    flatten(body, blocks);
    for (Element e : blocks) {
      switch (e.getTagName()) {
        case "h2":
          heading = e.getTextContent();
          break;
        case "h3":
          heading = heading.replaceFirst(" / .*", "") + " / " + e.getTextContent();
          break;
        case "dl":
          NodeList dts = e.getElementsByTagName("dt");
          NodeList dds = e.getElementsByTagName("dd");
          for (int i = 0; i < dts.getLength(); i++) {
            facts.put(dts.item(i).getTextContent(), dds.item(i).getTextContent());
          }
          break;
        case "table":
          List<List<String>> rows = tables.computeIfAbsent(heading, h -> new ArrayList<>());
          NodeList trs = ((Element) e.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
          for (int i = 0; i < trs.getLength(); i++) {
            NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < tds.getLength(); k++) {
              cells.add(tds.item(k).getTextContent());
            }
            rows.add(cells);
          }
          break;
        case "figure":
          NodeList rects = e.getElementsByTagName("rect");
          for (int i = 0; i < rects.getLength(); i++) {
            Element bar = (Element) rects.item(i);
            List<String> classes = List.of(bar.getAttribute("class").split(" "));
            if (classes.contains("bar")) {
              LocalDate start = LocalDate.parse(bar.getAttribute("data-start"));
              LocalDate finish = LocalDate.parse(bar.getAttribute("data-finish"));
              bars.put(CommitmentId.of(bar.getAttribute("data-key")), Optional.of(new Span(start, finish)));
              check(title(bar).contains("Scheduled: " + HTML_DATE.format(start) + " to " + HTML_DATE.format(finish)),
                  "the bar's tooltip does not say its dates: " + title(bar));
              if (classes.contains("critical")) {
                critical.add(CommitmentId.of(bar.getAttribute("data-key")));
              }
            }
          }
          NodeList polygons = e.getElementsByTagName("polygon");
          for (int i = 0; i < polygons.getLength(); i++) {
            Element diamond = (Element) polygons.item(i);
            LocalDate projected = LocalDate.parse(diamond.getAttribute("data-projected"));
            check(title(diamond).contains("Projected: " + HTML_DATE.format(projected)),
                "the diamond's tooltip does not say its date: " + title(diamond));
            diamonds.put(MilestoneId.of(diamond.getAttribute("data-key")), projected);
          }
          NodeList lines = e.getElementsByTagName("line");
          for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.getAttribute("class").equals("today")) {
              today = Optional.of(LocalDate.parse(line.getAttribute("data-day")));
              check(title(line).endsWith(HTML_DATE.format(today.get())), "the today line's tooltip " + title(line));
            }
          }
          break;
        default:
          break;
      }
    }
    Shown tablesShown = outline(facts, tables, view, HTML_DATE);
    check(diamonds.size() == view.milestones().size(), "a diamond per milestone");
    // The chart must agree with the tables; what the tables show is compared with the schedule by the caller.
    Map<CommitmentId, Optional<Span>> scheduledInTables = new LinkedHashMap<>();
    tablesShown.commitments().forEach((id, span) -> span.ifPresent(s -> scheduledInTables.put(id, span)));
    check(bars.equals(scheduledInTables), "the chart's bars " + bars + " are not the tables' dates "
        + scheduledInTables);
    check(critical.equals(tablesShown.critical()), "the chart's critical bars " + critical + " are not the tables' "
        + tablesShown.critical());
    check(diamonds.equals(tablesShown.milestones()), "the chart's diamonds " + diamonds + " are not the timeline's "
        + tablesShown.milestones());
    check(today.equals(tablesShown.asOf()), "the chart's today line " + today + " is not the as-of fact "
        + tablesShown.asOf());
    return tablesShown;
  }

  /** The elements of a page in document order, the sections, header and figures opened up. */
  private static void flatten(Element parent, List<Element> into) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        Element e = (Element) n;
        if (e.getTagName().equals("section") || e.getTagName().equals("header")) {
          flatten(e, into);
        } else {
          into.add(e);
        }
      }
    }
  }

  private static String title(Element shape) {
    NodeList titles = shape.getElementsByTagName("title");
    return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
  }


  /**
   * The facts and tables of a Markdown or HTML document: the timeline's rows are the milestones, each side's
   * rows its commitments, in the plan's order.
   */
  private static Shown outline(Map<String, String> facts, Map<String, List<List<String>>> tables,
      MutualActionPlan view, DateTimeFormatter dates) {
    List<List<String>> timeline = tables.getOrDefault("Timeline", List.of());
    check(timeline.size() == view.milestones().size(), "a timeline row per milestone: " + timeline);
    Map<MilestoneId, LocalDate> milestones = new LinkedHashMap<>();
    for (int i = 0; i < timeline.size(); i++) {
      Milestone m = view.milestones().get(i);
      List<String> row = timeline.get(i);
      check(row.get(0).equals(m.closing() ? m.name() + " (closing)" : m.name()), "the timeline's row " + i
          + " is not " + m.name() + ": " + row);
      check(row.get(1).equals(dates.format(m.targetDate())), "target date of " + m.id() + ": " + row);
      milestones.put(m.id(), LocalDate.parse(row.get(2), dates));
    }
    Map<CommitmentId, Optional<Span>> commitments = new LinkedHashMap<>();
    Set<CommitmentId> critical = new HashSet<>();
    for (Side side : List.of(Side.BUYER, Side.SELLER)) {
      String org = side == Side.BUYER ? view.buyerOrganization() : view.sellerOrganization();
      String heading = "Commitments / " + (side == Side.BUYER ? "Buyer" : "Seller") + ": " + org;
      List<List<String>> rows = tables.getOrDefault(heading, List.of());
      List<Commitment> owed = owedBy(view, side);
      check(rows.size() == owed.size(), "a row per commitment under '" + heading + "': " + rows.size() + " for "
          + owed.size() + " (tables under " + tables.keySet() + ")");
      for (int i = 0; i < rows.size(); i++) {
        Commitment c = owed.get(i);
        List<String> row = rows.get(i);
        check(row.get(0).equals(c.title()), "the row " + i + " under " + heading + " is not " + c.title() + ": " + row);
        check(row.get(3).equals(DASH) == row.get(4).equals(DASH), "start and finish both or neither: " + row);
        commitments.put(c.id(), row.get(3).equals(DASH) ? Optional.empty()
            : Optional.of(new Span(LocalDate.parse(row.get(3), dates), LocalDate.parse(row.get(4), dates))));
        if (row.get(7).equals("yes")) {
          critical.add(c.id());
        }
      }
    }
    return new Shown(commitments, critical, milestones,
        Optional.ofNullable(facts.get("Projected close")).map(d -> LocalDate.parse(d, dates)),
        Optional.ofNullable(facts.get("As of")).map(d -> LocalDate.parse(d, dates)), Map.of());
  }

  // CSV

  static Shown csv(String text, MutualActionPlan view) {
    List<CSVRecord> records;
    try {
      records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    check(records.get(0).get(5).equals("Start") && records.get(0).get(6).equals("Finish"),
        "the header " + records.get(0));
    Map<CommitmentId, Optional<Span>> commitments = new LinkedHashMap<>();
    Set<CommitmentId> critical = new HashSet<>();
    Map<MilestoneId, LocalDate> milestones = new LinkedHashMap<>();
    Optional<LocalDate> close = Optional.empty();
    for (CSVRecord r : records.subList(1, records.size())) {
      if (r.get(0).equals("Commitment")) {
        CommitmentId id = CommitmentId.of(r.get(1));
        check(r.get(5).isEmpty() == r.get(6).isEmpty(), "start and finish both or neither: " + r);
        commitments.put(id, r.get(5).isEmpty() ? Optional.empty()
            : Optional.of(new Span(LocalDate.parse(r.get(5)), LocalDate.parse(r.get(6)))));
        if (r.get(9).equals("yes")) {
          critical.add(id);
        }
      } else {
        check(r.get(0).equals("Milestone"), "a row of an unknown type: " + r);
        LocalDate projected = LocalDate.parse(r.get(6));
        milestones.put(MilestoneId.of(r.get(1)), projected);
        if (r.get(10).equals("closing")) {
          close = Optional.of(projected);
        }
      }
    }
    return new Shown(commitments, critical, milestones, close, Optional.empty(), Map.of());
  }

  // iCalendar

  static Shown icalendar(String text, MutualActionPlan view) {
    List<VEvent> events;
    try {
      events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("not iCalendar: " + e.getMessage() + "\n" + text, e);
    }
    String suffix = "+" + view.id().key() + "@mutualplan.io";
    Map<CommitmentId, Optional<Span>> commitments = new LinkedHashMap<>();
    Map<CommitmentId, LocalDate> days = new LinkedHashMap<>();
    Map<MilestoneId, LocalDate> milestones = new LinkedHashMap<>();
    Optional<LocalDate> close = Optional.empty();
    for (VEvent event : events) {
      String uid = value(event, Property.UID);
      check(uid.endsWith(suffix), "a UID of another plan: " + uid);
      String item = uid.substring(0, uid.length() - suffix.length());
      String description = value(event, Property.DESCRIPTION);
      LocalDate day = LocalDate.parse(value(event, Property.DTSTART), DateTimeFormatter.BASIC_ISO_DATE);
      if (item.startsWith("commitment-")) {
        CommitmentId id = CommitmentId.of(item.substring("commitment-".length()));
        Matcher m = SCHEDULED.matcher(description);
        commitments.put(id, m.find() ? Optional.of(new Span(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))))
            : Optional.empty());
        days.put(id, day);
      } else {
        check(item.startsWith("milestone-"), "a UID of an unknown item: " + uid);
        MilestoneId id = MilestoneId.of(item.substring("milestone-".length()));
        Matcher m = PROJECTED.matcher(description);
        check(m.find(), "no projected date in " + description);
        milestones.put(id, LocalDate.parse(m.group(1)));
        if (value(event, Property.SUMMARY).endsWith(" (closing)")) {
          close = Optional.of(LocalDate.parse(m.group(1)));
        }
      }
    }
    return new Shown(commitments, null, milestones, close, Optional.empty(), days);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property + " in " + event))
        .getValue();
  }

  // Mermaid

  static Shown mermaid(String text, MutualActionPlan view) {
    Map<String, CommitmentId> commitmentIds = view.commitments().stream()
        .collect(Collectors.toMap(c -> c.id().key().replaceAll("[^A-Za-z0-9_-]", "_"), Commitment::id, (a, b) -> a));
    Map<String, Milestone> milestoneIds = view.milestones().stream()
        .collect(Collectors.toMap(m -> m.id().key().replaceAll("[^A-Za-z0-9_-]", "_"), m -> m, (a, b) -> a));
    Map<CommitmentId, Optional<Span>> commitments = new LinkedHashMap<>();
    Set<CommitmentId> critical = new HashSet<>();
    Map<MilestoneId, LocalDate> milestones = new LinkedHashMap<>();
    Optional<LocalDate> close = Optional.empty();
    for (String line : text.split("\n")) {
      Matcher task = MERMAID_TASK.matcher(line);
      Matcher milestone = MERMAID_MILESTONE.matcher(line);
      if (task.matches()) {
        CommitmentId id = commitmentIds.get(task.group(3));
        check(id != null, "a task of no commitment: " + line);
        commitments.put(id, Optional.of(new Span(LocalDate.parse(task.group(4)),
            LocalDate.parse(task.group(5)).minusDays(1)))); // Mermaid's end is exclusive
        if (task.group(1) != null) {
          critical.add(id);
        }
      } else if (milestone.matches()) {
        Milestone m = milestoneIds.get(milestone.group(1));
        check(m != null, "a milestone of no milestone: " + line);
        milestones.put(m.id(), LocalDate.parse(milestone.group(2)));
        if (m.closing()) {
          close = Optional.of(LocalDate.parse(milestone.group(2)));
        }
      } else {
        check(!line.contains(" :c-") && !line.contains(":crit") && !line.contains(":milestone"),
            "a task line not understood: " + line);
      }
    }
    return new Shown(commitments, critical, milestones, close, Optional.empty(), Map.of());
  }

  /** The commitments a side owes, in the plan's order. */
  static List<Commitment> owedBy(MutualActionPlan plan, Side side) {
    return plan.commitments().stream().filter(c -> c.owingSide() == side).collect(Collectors.toList());
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
