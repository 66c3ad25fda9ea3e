package io.github.mutualplan.render;

import static io.github.mutualplan.render.Documents.render;
import static io.github.mutualplan.render.Documents.sharedPlan;
import static io.github.mutualplan.render.Documents.xml;
import static io.github.mutualplan.render.HtmlPages.classes;
import static io.github.mutualplan.render.HtmlPages.elements;
import static io.github.mutualplan.render.HtmlPages.fact;
import static io.github.mutualplan.render.HtmlPages.groupsOfStarts;
import static io.github.mutualplan.render.HtmlPages.labels;
import static io.github.mutualplan.render.HtmlPages.one;
import static io.github.mutualplan.render.HtmlPages.section;
import static io.github.mutualplan.render.HtmlPages.withClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.testing.SamplePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML page of the healthcare deal: what a reader sees, on a screen and on paper. */
class HtmlDocumentTest {
  static final MutualActionPlan PLAN = sharedPlan();
  static final RenderOptions BUYER = RenderOptions.defaults();
  static final RenderOptions RUSSIAN = BUYER.withLocale(new Locale("ru"));
  static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

  static Document page(MutualActionPlan plan, RenderOptions options) {
    return xml(render(DocumentFormat.HTML, plan, options));
  }

  static Document page(MutualActionPlan plan, RenderOptions options, LocalDate asOf) {
    return xml(DocumentFormat.HTML.renderer(options).render(plan, asOf));
  }

  static MutualActionPlan withCommitment(String key, UnaryOperator<Commitment> change) {
    return PLAN.withCommitments(PLAN.commitments().stream().map(c -> c.id().key().equals(key) ? change.apply(c) : c)
        .collect(Collectors.toList()));
  }

  @Test
  void everyPageKeepsTheRulesOfEveryPage() {
    HtmlPages.checkPage(page(PLAN, BUYER), PLAN.buyerView(), Locale.ENGLISH);
    HtmlPages.checkPage(page(PLAN, RUSSIAN, MARCH), PLAN.buyerView(), new Locale("ru"));
    HtmlPages.checkPage(page(PLAN, BUYER.withAudience(Audience.INTERNAL), MARCH), PLAN, Locale.ENGLISH);
  }

  @Test
  void theTitleNamesTheKindOfPlanAndBothPartiesAndThePlansOwnTitleFollows() {
    Document page = page(PLAN, BUYER);

    assertThat(elements(page, "h1")).singleElement().extracting(Element::getTextContent)
        .isEqualTo("Mutual action plan: Northwind Health and Acme Software");
    assertThat(one(page, "p", "subtitle").getTextContent()).isEqualTo("Northwind Health: claims automation");
    assertThat(elements(page, "title").get(0).getTextContent())
        .isEqualTo("Mutual action plan: Northwind Health and Acme Software");
  }

  @Test
  void theChartScalesToItsPageAndPrintKeepsItWhole() {
    String html = render(DocumentFormat.HTML, PLAN, BUYER);
    Element svg = elements(xml(html), "svg").get(0);

    assertThat(svg.getAttribute("viewBox")).startsWith("0 0 1000 ");
    assertThat(svg.getAttribute("width")).isEqualTo("100%");
    assertThat(html).contains(".gantt svg{display:block;width:100%;height:auto", "@media print",
        "h2,h3,.summary h3{break-after:avoid;page-break-after:avoid}",
        "figure.gantt,.summary,dl.facts,tr,li{break-inside:avoid", "td.date,th.num,td.num{white-space:nowrap");
  }

  @Test
  void theAxisStartsOnThePlansStartWrittenInFull() {
    Element axis = one(page(PLAN, BUYER), "g", "axis");

    assertThat(elements(axis, "text").get(0).getTextContent()).isEqualTo("Jan 11, 2027");
    assertThat(elements(one(page(PLAN, RUSSIAN), "g", "axis"), "text").get(0).getTextContent())
        .isEqualTo("11 янв. 2027 г.");
  }

  @Test
  void theLegendNamesTheMarksUsedAndTheAsOfDay() {
    Element svg = elements(page(PLAN, BUYER, MARCH), "svg").get(0);

    assertThat(withClass(svg, "g", "legend-item")).extracting(g -> g.getTextContent()).containsExactly(
        "Owed by the buyer (Northwind Health)", "Owed by the seller (Acme Software)", "On the critical path",
        "Milestone, projected", "Close, projected", "As of Mar 1, 2027");
    Element planned = elements(page(PLAN, BUYER), "svg").get(0);
    assertThat(withClass(planned, "g", "legend-item")).noneMatch(g -> classes(g).contains("today"));
  }

  @Test
  void rowsAreGroupedByTheMilestoneTheyLeadToInTimeOrder() {
    Element svg = elements(page(PLAN, BUYER), "svg").get(0);

    // The first milestone, and the commitments that lead to it, by start: discovery comes first.
    assertThat(labels(svg)).startsWith("Security and compliance approved",
        "Discovery workshops with revenue cycle and IT", "Completed security questionnaire");
    assertThat(labels(svg).indexOf("Contract signed")).isLessThan(labels(svg).indexOf("Onboarding kickoff with the"
        + " implementation team"));
    assertThat(groupsOfStarts(svg)).allSatisfy(starts -> assertThat(starts).isSorted());
    assertThat(groupsOfStarts(svg).get(1)).first().isEqualTo(SamplePlans.START);
  }

  @Test
  void aLongTitleIsWrappedWholeNeverCutShort() {
    String title = "Security questionnaire for the information security office, with the penetration test report,"
        + " the SOC 2 Type II report and the data flow diagrams of the claims feed";
    Element svg = elements(page(withCommitment("security-questionnaire", c -> c.withTitle(title)), BUYER), "svg")
        .get(0);

    Element label = withClass(svg, "text", "label").stream()
        .filter(t -> t.getTextContent().startsWith("Security questionnaire")).findFirst().orElseThrow();
    assertThat(elements(label, "tspan").size()).isGreaterThan(2);
    assertThat(labels(svg)).contains(title).noneMatch(l -> l.contains("\u2026") || l.contains("..."));
  }

  @Test
  void moneyAndDatesAreWrittenAsTheLocaleWritesThem() {
    Document english = page(PLAN, BUYER);
    Document russian = page(PLAN, RUSSIAN);
    Document american = page(PLAN, BUYER.withLocale(Locale.US));

    assertThat(fact(english, "Deal value")).isEqualTo("$480,000.00");
    assertThat(fact(american, "Deal value")).isEqualTo("$480,000.00");
    assertThat(fact(russian, "Сумма сделки")).isEqualTo("480\u00a0000,00\u00a0$");
    assertThat(fact(english, "Target close")).isEqualTo("Jun 30, 2027");
    assertThat(fact(russian, "Целевая дата закрытия")).isEqualTo("30 июн. 2027 г.");
    assertThat(elements(english, "td")).filteredOn(td -> classes(td).contains("date")).isNotEmpty()
        .allSatisfy(td -> assertThat(td.getTextContent()).matches("|\u2014|[A-Z][a-z]{2} [0-9]{1,2}, 20[0-9]{2}"));
  }

  @Test
  void theSummarySaysTheCloseTheProgressWhatTheBuyerOwesAndWhatIsLate() {
    MutualActionPlan plan = withCommitment("vendor-registration", c -> c.withDue(LocalDate.of(2027, 1, 13)));
    Element summary = section(page(plan, BUYER), "summary");

    assertThat(elements(summary, "li")).extracting(Element::getTextContent).containsExactly(
        "Close: target Jun 30, 2027, projected Feb 26, 2027: on track",
        "Progress: 0 of 8 commitments done (0%); 122 working days from Jan 11, 2027 to the target close,"
            + " on the seller's calendar",
        "Vendor registered in the sourcing system (Robin Shaw), due Jan 13, 2027, 2 days late",
        "Vendor registered in the sourcing system (Buyer): due Jan 13, 2027, finishes Jan 15, 2027, 2 days late");
    assertThat(elements(summary, "h3")).extracting(Element::getTextContent).containsExactly(
        "Owed by Northwind Health by Jan 24, 2027 (the next two weeks)", "Late: 1, the latest first");
  }

  @Test
  void aCommitmentThatFinishesAfterItsDueDateIsFlaggedInTheTableAndTheChart() {
    Document page = page(withCommitment("vendor-registration", c -> c.withDue(LocalDate.of(2027, 1, 13))), BUYER);

    Element row = elements(page, "tr").stream().filter(tr -> classes(tr).contains("late")).findFirst().orElseThrow();
    assertThat(elements(row, "td").get(0).getTextContent()).isEqualTo("Vendor registered in the sourcing system");
    assertThat(elements(row, "td").get(6).getTextContent()).isEqualTo("Open, 2 days late");
    assertThat(withClass(page, "rect", "late")).singleElement()
        .satisfies(bar -> assertThat(bar.getAttribute("data-key")).isEqualTo("vendor-registration"));
    assertThat(withClass(page, "line", "overdue")).hasSize(1);
    assertThat(withClass(page, "g", "legend-item")).anyMatch(g -> g.getTextContent().equals("Past its due date"));
  }

  @Test
  void criteriaShowTheirShareAndWarnWhenTheWeightsDoNotAddUpToAHundred() {
    List<DecisionCriterion> criteria = PLAN.decisionCriteria();
    MutualActionPlan plan = PLAN.withDecisionCriteria(criteria.get(0).withWeight(60), criteria.get(1),
        criteria.get(2).withOwner(java.util.Optional.empty())); // 60 + 35 + 25 = 120
    Element section = section(page(plan, BUYER), "criteria");

    assertThat(withClass(section, "p", "warn")).extracting(Element::getTextContent).containsExactly(
        "The weights add up to 120, not 100: each share is its weight's part of that total.",
        "Criteria with no owner on the buyer's side yet: 1 of 3.");
    List<Element> rows = elements(elements(section, "tbody").get(0), "tr");
    assertThat(rows).extracting(r -> elements(r, "td").get(3).getTextContent()).containsExactly("50%", "29%", "21%");
    assertThat(elements(rows.get(2), "td").get(4).getTextContent()).isEqualTo("No owner yet");
    assertThat(classes(rows.get(2))).contains("unowned");
    assertThat(withClass(section(page(PLAN, BUYER), "criteria"), "p", "warn")).isEmpty();
  }

  @Test
  void metricsShowOnlyThePartsTheyHave() {
    SuccessMetric metric = PLAN.successMetrics().get(0);
    MutualActionPlan plan = PLAN.withSuccessMetrics(metric,
        metric.withId(io.github.mutualplan.SuccessMetricId.of("target-only")).withName("Clean claims rate")
            .withUnit("%").withBaseline(java.util.Optional.empty()).withTarget(new BigDecimal("97.5")),
        metric.withId(io.github.mutualplan.SuccessMetricId.of("unset")).withName("Denials")
            .withBaseline(java.util.Optional.empty()).withTarget(java.util.Optional.empty()));
    List<Element> rows = elements(elements(section(page(plan, BUYER), "metrics"), "tbody").get(0), "tr");

    assertThat(rows).extracting(r -> elements(r, "td").get(1).getTextContent())
        .containsExactly("from 52 to 38 days", "target 97.5 %", "not set yet");
    assertThat(elements(rows.get(0), "td").get(2).getTextContent()).isEqualTo("Jan 31, 2028");
  }

  @Test
  void eachSignOffNamesItsVersionAndWhetherItIsCurrent() {
    MutualActionPlan plan = PLAN.withVersion(5).withSignOffs(
        SignOff.of(SamplePlans.ALEX_AE, Instant.parse("2027-01-20T15:00:00Z"), 2).withStale(true),
        SignOff.of(SamplePlans.MARIA_OPS, Instant.parse("2027-01-22T15:00:00Z"), 5));
    Element list = one(page(plan, BUYER), "ul", "signoffs");

    assertThat(elements(list, "li")).extracting(li -> li.getAttribute("class") + ": " + li.getTextContent())
        .containsExactly(
            "stale: Alex Kim (Seller): signed version 2 on Jan 20, 2027 \u2014 STALE: the plan changed materially"
                + " after this sign-off; version 5 is current and awaits a new sign-off",
            "current: Maria Lopez (Buyer): signed version 5 on Jan 22, 2027 \u2014 the current version");
    MutualActionPlan later = plan.withVersion(6);
    assertThat(elements(one(page(later, BUYER), "ul", "signoffs"), "li").get(1).getTextContent())
        .endsWith("signed version 5 on Jan 22, 2027 \u2014 still holds: no material change since, though version 6"
            + " is current");
  }

  @Test
  void theTeamSeesRisksAndSlackAndTheBuyerNeither() {
    Document team = page(PLAN, BUYER.withAudience(Audience.INTERNAL), MARCH);
    Document buyer = page(PLAN, BUYER, MARCH);

    Element risks = section(team, "risks");
    assertThat(elements(risks, "h2").get(0).getTextContent()).isEqualTo("Risks (seller's team only)");
    assertThat(elements(risks, "p").get(0).getTextContent()).matches("Health score: [0-9]+ of 100\\.");
    assertThat(elements(team, "th")).extracting(Element::getTextContent).contains("Slack (working days)");
    assertThat(withClass(team, "line", "slack")).isNotEmpty();
    assertThat(withClass(buyer, "section", "risks")).isEmpty();
    assertThat(elements(buyer, "th")).extracting(Element::getTextContent).doesNotContain("Slack (working days)");
    assertThat(withClass(buyer, "line", "slack")).isEmpty();
  }
}
