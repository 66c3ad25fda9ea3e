package io.github.mutualplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.SuccessMetric;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the structure of an HTML page back, and checks what every page must show, whatever the plan. */
final class HtmlPages {
  private HtmlPages() {}

  static List<Element> elements(Node parent, String tag) {
    NodeList nodes = parent instanceof Document ? ((Document) parent).getElementsByTagName(tag)
        : ((Element) parent).getElementsByTagName(tag);
    return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).collect(Collectors.toList());
  }

  static Set<String> classes(Element e) {
    return Set.of(e.getAttribute("class").trim().split("\\s+"));
  }

  static List<Element> withClass(Node parent, String tag, String cls) {
    return elements(parent, tag).stream().filter(e -> classes(e).contains(cls)).collect(Collectors.toList());
  }

  /** The one element with this tag and class. */
  static Element one(Node parent, String tag, String cls) {
    List<Element> found = withClass(parent, tag, cls);
    assertThat(found).as("<%s class=%s>", tag, cls).hasSize(1);
    return found.get(0);
  }

  /** The value of a fact of the page's list of facts, such as "Deal value". */
  static String fact(Document page, String label) {
    List<Element> dts = elements(page, "dt");
    List<Element> dds = elements(page, "dd");
    for (int i = 0; i < dts.size(); i++) {
      if (dts.get(i).getTextContent().equals(label)) {
        return dds.get(i).getTextContent();
      }
    }
    throw new AssertionError("no fact " + label);
  }

  /** The section with this class. */
  static Element section(Document page, String cls) {
    return one(page, "section", cls);
  }

  /** The texts of the chart's row labels, each label's lines joined with a space, from the top. */
  static List<String> labels(Element svg) {
    List<String> labels = new ArrayList<>();
    for (Element text : withClass(svg, "text", "label")) {
      labels.add(elements(text, "tspan").stream().map(Element::getTextContent).collect(Collectors.joining(" ")));
    }
    return labels;
  }

  /** A text as the chart shows it on one line: its runs of spaces, tabs and line breaks made one space. */
  static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').trim().replaceAll(" +", " ");
  }

  /** The chart's groups of bars, from the top: each the bars' start dates in the order drawn. */
  static List<List<LocalDate>> groupsOfStarts(Element svg) {
    List<List<LocalDate>> groups = new ArrayList<>();
    List<LocalDate> group = new ArrayList<>();
    for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element)) {
        continue;
      }
      Element e = (Element) n;
      if (e.getTagName().equals("rect") && classes(e).contains("band")) {
        groups.add(group);
        group = new ArrayList<>();
      } else if (e.getTagName().equals("rect") && classes(e).contains("bar")) {
        group.add(LocalDate.parse(e.getAttribute("data-start")));
      }
    }
    groups.add(group);
    return groups;
  }

  /**
   * What every HTML page shows, for the plan as its audience sees it ({@code view}): a chart that scales to the
   * page, with a legend of the marks it uses; a summary; the rows of each group in time order; whole labels;
   * money in the locale's form; criteria with their shares; metrics without empty parts; each sign-off marked
   * current, holding or stale.
   */
  static void checkPage(Document page, MutualActionPlan view, Locale locale) {
    // The chart: one SVG that scales to its page, no fixed size.
    Element svg = elements(page, "svg").get(0);
    assertThat(svg.getAttribute("viewBox")).matches("0 0 " + GanttChart.WIDTH + " [0-9]+");
    assertThat(svg.getAttribute("width")).isEqualTo("100%");
    assertThat(svg.hasAttribute("height")).isFalse();
    for (Element e : elements(page, "*")) {
      String width = e.getAttribute("width");
      if (width.matches("[0-9.]+")) {
        assertThat(Double.parseDouble(width)).as("a width within the chart's viewBox").isLessThanOrEqualTo(
            GanttChart.WIDTH);
      }
      assertThat(e.getAttribute("style")).doesNotContain("width");
    }

    // The legend names each mark the chart uses, and no other.
    Set<String> used = new HashSet<>();
    withClass(svg, "rect", "bar").forEach(bar -> {
      used.add(classes(bar).contains("buyer") ? "buyer" : "seller");
      if (classes(bar).contains("critical")) {
        used.add("critical");
      }
    });
    withClass(svg, "line", "overdue").forEach(l -> used.add("overdue"));
    withClass(svg, "line", "slack").forEach(l -> used.add("slack"));
    withClass(svg, "line", "today").forEach(l -> used.add("today"));
    withClass(svg, "path", "target").forEach(l -> used.add("target"));
    elements(svg, "polygon").forEach(p -> used.add(classes(p).contains("closing") ? "closing" : "milestone"));
    Set<String> named = withClass(svg, "g", "legend-item").stream()
        .map(g -> classes(g).stream().filter(c -> !c.equals("legend-item")).findFirst().orElseThrow())
        .collect(Collectors.toSet());
    assertThat(named).isEqualTo(used);
    assertThat(withClass(svg, "g", "legend")).hasSize(used.isEmpty() ? 0 : 1);

    // Rows in time order within each group; a label per row, whole.
    for (List<LocalDate> starts : groupsOfStarts(svg)) {
      assertThat(starts).isSorted();
    }
    Set<String> names = new HashSet<>();
    view.commitments().forEach(c -> names.add(oneLine(c.title())));
    view.milestones().forEach(m -> names.add(oneLine(m.name())));
    List<String> labels = labels(svg);
    assertThat(labels).hasSize(withClass(svg, "rect", "bar").size() + withClass(svg, "rect", "band").size());
    for (String label : labels) {
      boolean whole = names.contains(label) || names.stream().anyMatch(n -> n.replace(" ", "")
          .equals(label.replace(" ", ""))); // a word too wide for a line is split over lines
      assertThat(whole || label.equals("Other commitments") || label.equals("Прочие обязательства"))
          .as("the label '%s' is a whole title", label).isTrue();
    }
    assertThat(labels).noneMatch(l -> l.endsWith("\u2026") && !names.contains(l));

    // A summary at the top, before the facts: the close, the progress and the days left, what the buyer owes and
    // what is late.
    Element summary = section(page, "summary");
    assertThat(elements(page, "section").get(0)).isSameAs(summary);
    assertThat(elements(page, "dl").get(0).compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_PRECEDING)
        .isNotZero();
    List<Element> glance = elements(one(summary, "ul", "glance"), "li");
    Labels texts = Labels.of(locale);
    Formats formats = Formats.localized(locale);
    assertThat(glance).hasSize(2);
    assertThat(glance.get(0).getTextContent()).contains(formats.date(view.targetClose()));
    List<Commitment> counted = view.commitments().stream()
        .filter(c -> c.status() != io.github.mutualplan.CommitmentStatus.CANCELLED).collect(Collectors.toList());
    long done = counted.stream().filter(c -> c.status() == io.github.mutualplan.CommitmentStatus.DONE).count();
    assertThat(glance.get(1).getTextContent()).startsWith(counted.isEmpty() ? texts.get("text.noCommitments")
        : texts.format("text.summaryProgress", Long.toString(done), Long.toString(counted.size()),
            formats.percent((double) done / counted.size())));
    assertThat(elements(summary, "h3")).hasSize(2);

    // Money as the locale writes it.
    assertThat(fact(page, Labels.of(locale).get("fact.value"))).isEqualTo(money(view, locale));

    // Criteria: shares of the total, a warning when the weights do not add up to 100, owners or their absence.
    List<DecisionCriterion> criteria = view.decisionCriteria();
    if (!criteria.isEmpty()) {
      Element section = section(page, "criteria");
      int total = criteria.stream().mapToInt(DecisionCriterion::weight).sum();
      List<Element> rows = elements(elements(section, "tbody").get(0), "tr");
      for (int i = 0; i < criteria.size(); i++) {
        List<Element> cells = elements(rows.get(i), "td");
        assertThat(cells.get(3).getTextContent())
            .isEqualTo(NumberFormat.getPercentInstance(locale).format((double) criteria.get(i).weight() / total));
        assertThat(classes(rows.get(i)).contains("unowned")).isEqualTo(criteria.get(i).owner().isEmpty());
        assertThat(cells.get(4).getTextContent()).isNotBlank();
      }
      assertThat(withClass(section, "p", "warn").stream().anyMatch(p -> p.getTextContent().contains(
          Integer.toString(total)))).isEqualTo(total != 100);
    }

    // Metrics: no empty arrow, no dash for a missing part.
    List<SuccessMetric> metrics = view.successMetrics();
    if (!metrics.isEmpty()) {
      List<Element> rows = elements(elements(section(page, "metrics"), "tbody").get(0), "tr");
      assertThat(rows).hasSize(metrics.size()).allSatisfy(row -> assertThat(row.getTextContent())
          .doesNotContain("\u2192", "\u2014"));
    }

    // Sign-offs: each names its version and is marked current, holding or stale.
    List<Element> items = elements(one(page, "ul", "signoffs"), "li");
    assertThat(items).hasSize(view.owners().size());
    for (int i = 0; i < view.owners().size(); i++) {
      Element item = items.get(i);
      io.github.mutualplan.StakeholderId owner = view.owners().get(i);
      SignOff signed = view.signOffs().stream().filter(s -> s.stakeholder().equals(owner))
          .findFirst().orElse(null);
      String expected = signed == null ? "unsigned" : signed.stale() ? "stale"
          : signed.version() == view.version() ? "current" : "holds";
      assertThat(classes(item)).as(item.getTextContent()).containsExactly(expected);
      if (signed != null) {
        assertThat(item.getTextContent()).containsPattern("\\D" + signed.version() + "\\D");
      }
    }

    // Late items flagged where they are listed: the bar, its table row, its status.
    Set<String> lateRows = new HashSet<>();
    for (Element tr : elements(page, "tr")) {
      if (classes(tr).contains("late")) {
        lateRows.add(elements(tr, "td").get(0).getTextContent());
      }
    }
    for (Element bar : withClass(svg, "rect", "late")) {
      Commitment c = view.commitment(CommitmentId.of(bar.getAttribute("data-key"))).orElseThrow();
      assertThat(lateRows).contains(c.title().replace("\r\n", "").replace("\r", "").replace("\n", ""));
    }
  }

  /** The plan's deal value as the locale writes money. */
  static String money(MutualActionPlan plan, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(plan.deal().value().currency());
    format.setMinimumFractionDigits(Math.max(0, plan.deal().value().currency().getDefaultFractionDigits()));
    format.setMaximumFractionDigits(Math.max(format.getMinimumFractionDigits(),
        plan.deal().value().amount().scale()));
    return format.format(plan.deal().value().amount());
  }
}
