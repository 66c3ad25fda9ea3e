package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.store.TenantId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs, prints what it promises and finds what the seeds say it should. */
class ExamplesTest {
  final StringWriter printed = new StringWriter();
  final PrintWriter out = new PrintWriter(printed, true);

  @Test
  void theFlagshipPrintsTheHealthcarePlanItsRisksAndForecastAndWritesTheBuyersVersion(@TempDir Path dir)
      throws IOException {
    FlagshipExample.Outcome outcome = FlagshipExample.run(dir, out);

    MutualActionPlan plan = outcome.history().current();
    assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
    assertThat(plan.provenance().orElseThrow().templateId()).isEqualTo("healthcare-provider");
    // The buyer's first pledge is still open six months in: it is overdue, and the plan is not healthy.
    assertThat(outcome.risk().findings(RiskRuleId.of("overdue-commitment"))).isNotEmpty();
    assertThat(outcome.risk().band()).isNotEqualTo(HealthBand.HEALTHY);
    // The example's own rule, found with ServiceLoader: a $480,000 deal without an executive sponsor.
    assertThat(outcome.risk().findings(RiskRuleId.of("no-executive-sponsor"))).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("480000.00 USD"));
    assertThat(outcome.forecast().trials()).isEqualTo(10_000);
    assertThat(outcome.documents()).extracting(p -> p.getFileName().toString())
        .containsExactly("northwind-health.md", "northwind-health.html", "northwind-health.pdf");

    String markdown = Files.readString(dir.resolve("northwind-health.md"));
    String html = Files.readString(dir.resolve("northwind-health.html"));
    String pdf;
    try (PDDocument document = Loader.loadPDF(dir.resolve("northwind-health.pdf").toFile())) {
      pdf = new PDFTextStripper().getText(document);
    }
    assertThat(pdf).contains(plan.title(), "At a glance");
    assertThat(printed.toString()).contains(plan.title(), "Schedule as of 2027-07-12", "Risk as of 2027-07-12",
        "Forecast (10,000 trials, seed 1)", "no executive sponsor", markdown);
    assertThat(html).contains("<svg", plan.title());
    // The buyer's version holds no internal item.
    Stream.concat(plan.commitments().stream().filter(c -> c.visibility() == Visibility.INTERNAL).map(c -> c.title()),
            plan.milestones().stream().filter(m -> m.visibility() == Visibility.INTERNAL).map(m -> m.name()))
        .forEach(internal -> assertThat(markdown + html + pdf).doesNotContain(internal));
  }

  @Test
  void theStartupsPlanIsShortAndTheHealthSystemsLong() {
    List<MutualActionPlan> plans = SideBySideExample.run(out);

    assertThat(plans.get(0).commitments().size()).isLessThan(plans.get(1).commitments().size());
    assertThat(plans.get(0).targetClose()).isBefore(plans.get(1).targetClose());
    assertThat(printed.toString()).contains("startup-fast-track", "healthcare-provider", "hipaa");
  }

  @Test
  void aClosingPlanIsSharedOnceTheEconomicBuyerIsNamedAndSignedTwice() {
    PlanHistory history = SignOffExample.run(out);

    assertThat(history.current().status()).isEqualTo(PlanStatus.AGREED);
    assertThat(history.current().signOffs()).noneMatch(s -> s.stale());
    assertThat(printed.toString()).contains("Sharing refused", "no economic buyer is named", "stale sign-offs: 2",
        "Signed again: AGREED");
  }

  @Test
  void aSlipOnTheCriticalPathMovesTheCloseAndLowersTheOdds() {
    SlipExample.Outcome outcome = SlipExample.run(out);

    assertThat(outcome.impact().closeShift()).isPositive();
    assertThat(outcome.after().probabilityByTarget()).isLessThanOrEqualTo(outcome.before().probabilityByTarget());
    assertThat(outcome.after().p80()).isAfter(outcome.before().p80());
  }

  @Test
  void aStoreRebasesOneChangeRefusesTheConflictFindsThePlansAndErasesABuyerFromAHistoryThatStillVerifies() {
    StoreExample.Outcome outcome = StoreExample.run(out);

    JdbcPlanStore store = outcome.store();
    TenantId acme = outcome.tenant();
    PlanHistory history = store.history(acme, outcome.plan());
    assertThat(history.current().version()).isEqualTo(4);
    assertThat(history.current().status()).isEqualTo(PlanStatus.SHARED);
    // Sam's change, made against version 2 after Lee's, was rebased and stands; Maria's was refused.
    assertThat(history.current().commitment(StoreExample.CLINICAL_DEMO).orElseThrow().status())
        .isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(history.current().commitment(StoreExample.SECURITY_REVIEW).orElseThrow().due())
        .isEqualTo(history.first().commitment(StoreExample.SECURITY_REVIEW).orElseThrow().due());
    assertThat(outcome.conflict().item()).isEqualTo("commitments[security-review]");
    assertThat(outcome.conflict().conflictingVersion()).isEqualTo(3);
    // The champion heard of every change on the buyer's side, and the outbox is empty.
    assertThat(outcome.delivered()).filteredOn(n -> n.audience() == Side.BUYER)
        .allSatisfy(n -> assertThat(n.recipients()).contains(Deals.MARIA.id()))
        .extracting(n -> n.event().version()).containsExactly(2L, 3L, 4L);
    assertThat(store.deliverNotifications(n -> { }, 100)).isZero();
    // Lee's name and title are gone from every stored version; her identifier stays, and the history verifies.
    for (long version = 1; version <= 4; version++) {
      assertThat(store.loadVersion(acme, outcome.plan(), version).stakeholder(Deals.LEE.id()).orElseThrow().name())
          .isEqualTo("Erased person");
    }
    assertThat(PlanJson.standard().write(history).text()).doesNotContain(Deals.LEE.name(),
        Deals.LEE.title().orElseThrow()).contains("\"lee-chen\"");
    assertThatCode(() -> store.verify(acme, outcome.plan())).doesNotThrowAnyException();
    assertThat(printed.toString()).contains(
        "v4 sam-ortiz starts 'Demos for the clinical departments', made against version 2: rebased",
        "in version 3 by 'lee-chen'",
        "BUYER  side, tell maria-lopez: v3 by lee-chen",
        "-- next page",
        "Owned by alex-kim: contoso, northwind-health",
        "Closing in 2027-02: brightpath",
        "Shared with the buyer: northwind-health",
        "Now lee-chen is 'Erased person', 'Erased title'",
        "version 3 is still by lee-chen, and the stored history of 3 events verifies");
  }

  @Test
  void aPortfolioReportSumsUpEveryDeal() {
    PortfolioReport report = PortfolioExample.run(150, out);

    assertThat(report.summary().plans()).isEqualTo(150);
    assertThat(report.summary().countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(150);
    assertThat(report.summary().expectedClosesByMonth()).isNotEmpty();
    assertThat(printed.toString()).contains("150 open deals", "Value at risk");
  }

  /**
   * The insights of the README: 600 synthetic deals, their win-loss, the health system's template calibrated on
   * the earlier two thirds, and the later third forecast better with it; the figures the README quotes are these.
   */
  @Test
  void calibratedDurationsForecastTheLaterDealsBetterAsTheReadmeSays(@TempDir Path dir) throws IOException {
    InsightsExample.run(600, 42L, dir, out);

    String readme = Files.readString(Path.of("../README.md"));
    String said = printed.toString();
    assertThat(said).contains("Won 263/600 (43.8 %)", "value-analysis: won 50.2 % done (n=227), 27.8 % skipped (n=151)",
        "Template healthcare-provider 1.0, calibrated on 252 earlier deals: 1.0-calibrated-all-252",
        "as planned: Brier 0.041 (skill +0.40), P50 off by +63 days (median), P80 held 36 %",
        "calibrated durations:        Brier 0.034 (skill +0.50), P50 off by +3 days (median), P80 held 70 %");
    assertThat(readme).contains("263/600 (43.8 %)", "won 50.2 % done (n=227), 27.8 % skipped (n=151)",
        "1.0-calibrated-all-252", "a Brier score of 0.041, their median close\n63 days early and their P80 holding"
            + " for 36 % of them; calibrated on the earlier two thirds, 0.034, 3 days, 70 %.");
    assertThat(dir.resolve("win-loss.html")).exists();
  }
}
