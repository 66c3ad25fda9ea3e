package io.github.mutualplan.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.PlanHistory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class WinLossReportTest {
  private static final MutualActionPlan SMALL = Deals.plan(Deals.SMALL);

  @Test
  void twoDealsAsMarkdown() {
    PlanHistory won = new Play(SMALL).done("demo", day(3)).done("proposal", day(10)).done("security-review", day(17))
        .closed(CloseReason.VALUE_PROVEN, day(19));
    PlanHistory lost = new Play(SMALL).done("demo", day(3)).skipped("security-review").done("proposal", day(12))
        .closed(CloseReason.COMPETITOR, day(31));

    String markdown = WinLossReport.of(WinLossAnalyzer.standard().analyze(List.of(won, lost))).markdown();

    assertThat(markdown).startsWith("# Win-loss analysis\n\n2 closed deals: 1 won, 1 lost. Win rate 50.0 % (95 %"
        + " interval 9.5–90.5 %, n=2).\n");
    assertThat(markdown).contains("### deal-size\n\n| Level | Won | Deals | Win rate | 95 % interval |\n"
        + "|---|---:|---:|---:|---:|\n| EUR 100,000–500,000 | 1 | 2 | 50.0 % | 9.5–90.5 % |\n");
    assertThat(markdown).contains("| Deals | n | P10 | P25 | Median | P75 | P90 |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n| Won | 1 | 18 | 18 | 18 | 18 | 18 |\n"
        + "| Lost | 1 | 30 | 30 | 30 | 30 | 30 |\n");
    assertThat(markdown).contains("| security-review | 1 / 0 / 0 | 0 / 1 / 0 | 100.0 % (1/1) | 0.0 % (0/1) |"
        + " +100.0 (-12.2 to +100.0) |\n");
    assertThat(markdown).contains("| proposal | 1 / 0 / 0 | 1 / 0 / 1 | 50.0 % (1/2) | – (0/0) | – |\n");
    assertThat(markdown).endsWith("| Stage reached | competitor | All |\n|---|---:|---:|\n| none | 1 | 1 |\n"
        + "| All | 1 | 1 |\n");
  }

  @Test
  void aPageOfSyntheticDealsIsWellFormedSelfContainedAndShowsEveryPart() throws IOException {
    WinLossAnalysis analysis = sample();
    String html = WinLossReport.of(analysis).withTitle("Win-loss, Q1 2027").html();
    Files.writeString(Path.of("target", "winloss.html"), html, StandardCharsets.UTF_8); // to look at

    Document page = xml(html);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    assertThat(html).doesNotContain("<script", "<link", "<img", "@import", "url(", "href=");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
    assertThat(text(page, "h1")).containsExactly("Win-loss, Q1 2027");
    assertThat(text(page, "h2")).containsExactly("Win rate by factor", "Cycle length", "Steps",
        "Losses by stage reached and reason");
    assertThat(text(page, "h3")).containsExactly("template", "deal-size", "champion", "economic-buyer",
        "buyer-stakeholders", "segment");
    // one chart a factor and the cycle chart, each well-formed on its own
    List<String> svgs = svgFragments(html);
    assertThat(svgs).hasSize(7);
    svgs.forEach(WinLossReportTest::xml);
    // every level's rate has its counts beside it, and its interval
    Element segment = (Element) page.getElementsByTagName("svg").item(5);
    assertThat(segment.getTextContent()).contains("research & labs", "enterprise", "mid-market", "unknown");
    Proportion enterprise = analysis.factor("segment").get("enterprise");
    assertThat(segment.getTextContent()).contains(WinLossReport.rateWithN(enterprise),
        WinLossReport.interval(enterprise));
    assertThat(html).contains("research &amp; labs");
    // a step with a built-in effect is marked
    assertThat(page.getElementsByTagName("tr").getLength()).isGreaterThan(10);
    assertThat(html).containsPattern("<tr class=\"found\"><td>security-review</td>");
  }

  @Test
  void textFromTheDataIsEscapedInBothFormats() {
    PlanHistory deal = SyntheticDeals.of(SMALL, SyntheticTruth.of(0.5, StepTruth.of(2, 0))).deal(1L);
    WinLossAnalysis analysis = WinLossAnalyzer.standard()
        .withFactor("segment", plan -> Optional.of("<script>alert('x')</script> & *bold* | pipe"))
        .analyze(List.of(deal));
    WinLossReport report = WinLossReport.of(analysis).withTitle("Q1 <b>&</b>");

    String html = report.html();
    xml(html);
    assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        + " &amp; *bold* | pipe", "<h1>Q1 &lt;b&gt;&amp;&lt;/b&gt;</h1>");
    assertThat(report.markdown()).contains("# Q1 \\<b\\>\\&\\</b\\>",
        "| \\<script\\>alert('x')\\</script\\> \\& \\*bold\\* \\| pipe | ");
    assertThat(WinLossReport.escape("a\u0000b\uD83D\uDE00c\uD800")).isEqualTo("ab\uD83D\uDE00c");
    // a long level is cut short in the chart, and whole in the mark's title
    String longLevel = "a segment whose name goes on and on";
    String chart = WinLossReport.of(WinLossAnalyzer.standard().withFactor("segment", plan -> Optional.of(longLevel))
        .analyze(List.of(deal))).html();
    assertThat(chart).contains(">a segment whose name goes on …</text>", "<title>" + longLevel + ": ");
  }

  @Test
  void noDealsGiveAShortPage() {
    WinLossReport report = WinLossReport.of(WinLossAnalyzer.standard().analyze(List.of(PlanHistory.of(SMALL))));

    assertThat(report.markdown()).isEqualTo("# Win-loss analysis\n\n0 closed deals: 0 won, 0 lost. No closed deals to"
        + " analyse. 1 plan not closed left out.\n");
    assertThat(xml(report.html()).getElementsByTagName("svg").getLength()).isZero();
    assertThatThrownBy(() -> report.withTitle(" ")).hasMessage("title: must not be blank, was \" \"");
  }

  @Test
  void theHistogramsBinsAreWholeDaysWeeksOrMonthsAndAtMostTwentyFour() {
    assertThat(WinLossCharts.binDays(0)).isEqualTo(1);
    assertThat(WinLossCharts.binDays(23)).isEqualTo(1);
    assertThat(WinLossCharts.binDays(24)).isEqualTo(2);
    assertThat(WinLossCharts.binDays(100)).isEqualTo(5);
    assertThat(WinLossCharts.binDays(150)).isEqualTo(7);
    assertThat(WinLossCharts.binDays(400)).isEqualTo(30);
    assertThat(WinLossCharts.binDays(100_000)).isEqualTo(365 * 12);
    assertThat(100_000 / WinLossCharts.binDays(100_000) + 1).isLessThanOrEqualTo(24);
  }

  /**
   * Synthetic deals of three kinds of customer, a few plans still open: clinics (the small template, EUR 40,000,
   * one buyer contact, 20 % of them won before the steps' effects), hospitals (the built-in healthcare template,
   * EUR 250,000, a champion and an economic buyer beside the contact, 35 %) and labs (the small template, USD
   * 700,000, a champion beside the contact, 40 %); and a few very small deals. The security review and the value
   * analysis help to win.
   */
  static WinLossAnalysis sample() {
    Map<CloseReason, Double> lossReasons = Map.of(CloseReason.COMPETITOR, 3.0, CloseReason.BUDGET, 2.0,
        CloseReason.NO_DECISION, 2.0, CloseReason.TIMING, 1.0, CloseReason.lost("incumbent-renewed"), 1.0,
        CloseReason.LOST_OTHER, 0.5);
    Map<CloseReason, Double> winReasons = Map.of(CloseReason.BEST_FIT, 2.0, CloseReason.VALUE_PROVEN, 1.0);
    MutualActionPlan clinic = WinLossAnalyzerTest.deal(SMALL, "clinic", "40000", "EUR");
    MutualActionPlan hospital = Deals.hospitalPlan().withStakeholders(plus(Deals.hospitalPlan(),
        buyer("dr-weber", Role.CHAMPION), buyer("cfo", Role.ECONOMIC_BUYER)));
    MutualActionPlan lab = WinLossAnalyzerTest.deal(SMALL, "lab", "700000", "USD");
    lab = lab.withStakeholders(plus(lab, buyer("head-of-research", Role.CHAMPION)));
    Map<PlanId, String> segmentOf = Map.of(PlanId.of("clinic"), "mid-market", PlanId.of("hospital"), "enterprise",
        PlanId.of("lab"), "research & labs");

    List<PlanHistory> deals = new ArrayList<>();
    deals.addAll(SyntheticDeals.of(clinic, small(0.2).withLossReasons(lossReasons).withWinReasons(winReasons))
        .deals(160, 1L));
    deals.addAll(SyntheticDeals.of(hospital, SyntheticTruth.of(0.35, StepTruth.of(6, 0.7).withSkipRate(0.1))
        .withStep("value-analysis", StepTruth.of(20, 0.5).withSkipRate(0.3).withWinEffect(0.2))
        .withLossReasons(lossReasons).withWinReasons(winReasons)).deals(120, 2L));
    deals.addAll(SyntheticDeals.of(lab, small(0.4).withLossReasons(lossReasons).withWinReasons(winReasons))
        .deals(50, 3L));
    deals.addAll(SyntheticDeals.of(WinLossAnalyzerTest.deal(SMALL, "other", "9000", "EUR"), small(0.2))
        .deals(10, 4L));
    deals.add(PlanHistory.of(clinic));
    deals.add(PlanHistory.of(hospital));
    return WinLossAnalyzer.standard().withFactor("segment", plan -> Optional.ofNullable(segmentOf.get(plan.id())))
        .analyze(deals);
  }

  private static SyntheticTruth small(double base) {
    return SyntheticTruth.of(base, StepTruth.of(3, 0.6).withSkipRate(0.1))
        .withStep("security-review", StepTruth.of(12, 0.7).withSkipRate(0.35).withWinEffect(0.3))
        .withStep("proposal", StepTruth.of(5, 0.6).withSkipRate(0.25));
  }

  private static Stakeholder buyer(String id, Role role) {
    return Stakeholder.builder().id(StakeholderId.of(id)).side(Side.BUYER).name(id).addRoles(role).build();
  }

  private static List<Stakeholder> plus(MutualActionPlan plan, Stakeholder... more) {
    List<Stakeholder> all = new ArrayList<>(plan.stakeholders());
    all.addAll(List.of(more));
    return all;
  }

  private static LocalDate day(int march) {
    return LocalDate.of(2027, 3, march);
  }

  private static List<String> svgFragments(String html) {
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      svgs.add(m.group());
    }
    return svgs;
  }

  private static List<String> text(Document page, String tag) {
    NodeList nodes = page.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** Parses XML without DTDs or external entities, failing the test if it is not well-formed. */
  static Document xml(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
