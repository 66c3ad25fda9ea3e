package io.github.mutualplan.benchmarks;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.insights.Calibration;
import io.github.mutualplan.insights.DurationCalibrator;
import io.github.mutualplan.insights.StepTruth;
import io.github.mutualplan.insights.SyntheticDeals;
import io.github.mutualplan.insights.SyntheticTruth;
import io.github.mutualplan.insights.WinLossAnalysis;
import io.github.mutualplan.insights.WinLossAnalyzer;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.TemplateInstantiator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 21: what closed histories cost to learn from, against what they cost to read. 100,000 closed deals of
 * the catalogue's health-system template (17 steps, some 35 events each): the win-loss analysis and the
 * calibration of the template over all of them, and reading histories from their JSON documents
 * ({@code PlanJson.readHistory}, which replays and verifies every event as a live edit). Scores are per history,
 * so the ratio of two is the ratio of their costs.
 *
 * <p>To fit in memory the 100,000 share structure: 1,000 distinct deals (each its own seed), each in the list 100
 * times; the analyses cannot tell and cache nothing. Reading runs over the 1,000 distinct documents, 1,000 reads
 * an invocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class InsightsBenchmark {
  static final int HISTORIES = 100_000;
  static final int DISTINCT = 1_000;

  private List<PlanHistory> histories;
  private List<String> documents;
  private PlanTemplate template;

  @Setup(Level.Trial)
  public void setUp() {
    Catalogue catalogue = Catalogue.builtIn();
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .dealSize(Money.of("480000", "USD")).buyerCountry("US").build();
    template = catalogue.templateFor(hospital);
    MutualActionPlan plan = plan(catalogue, hospital);
    SyntheticTruth truth = SyntheticTruth.of(0.3, StepTruth.of(10, 0.4).withSkipRate(0.1));
    for (Commitment c : plan.commitments()) {
      int planned = c.estimate().map(DurationEstimate::mostLikely).orElse(c.durationDays().orElse(1));
      truth = truth.withStep(c.id().key(), StepTruth.of(Math.max(1, planned * 5 / 4), 0.4).withSkipRate(0.1)
          .withWinEffect(0.01));
    }
    List<PlanHistory> distinct = SyntheticDeals.of(plan, truth).deals(DISTINCT, 2027L);
    histories = new ArrayList<>(HISTORIES);
    for (int i = 0; i < HISTORIES; i++) {
      histories.add(distinct.get(i % DISTINCT));
    }
    documents = new ArrayList<>(DISTINCT);
    for (PlanHistory history : distinct) {
      documents.add(PlanJson.standard().write(history).text());
    }
  }

  static MutualActionPlan plan(Catalogue catalogue, CustomerProfile profile) {
    Stakeholder ae = Stakeholder.builder().id(StakeholderId.of("ae")).side(Side.SELLER).name("Alex Kim")
        .addRoles(Role.ACCOUNT_EXECUTIVE).build();
    Stakeholder champion = Stakeholder.builder().id(StakeholderId.of("champion")).side(Side.BUYER).name("Maria")
        .addRoles(Role.CHAMPION, Role.ECONOMIC_BUYER).build();
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(catalogue.templateFor(profile)).rules(catalogue.rules()).profile(profile)
        .planId(PlanId.of("hospital")).deal(Deal.of("Hospital", profile.dealSize())).sellerOrganization("Acme")
        .addPeople(ae, champion).sellerOwner(ae.id()).buyerCoOwner(champion.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 1, 11))).zone(ZoneId.of("America/Chicago"))
        .createdAt(Instant.parse("2027-01-08T15:00:00Z")).build()).plan();
  }

  /** The win-loss analysis of the 100,000, per history. */
  @Benchmark
  @OperationsPerInvocation(HISTORIES)
  public WinLossAnalysis winLoss() {
    return WinLossAnalyzer.standard().analyze(histories);
  }

  /** The calibration of the template on the 100,000, per history. */
  @Benchmark
  @OperationsPerInvocation(HISTORIES)
  public Calibration calibrate() {
    return DurationCalibrator.standard().calibrate(template, histories);
  }

  /** Reading 1,000 histories from JSON, per history. */
  @Benchmark
  @OperationsPerInvocation(DISTINCT)
  public void readJson(Blackhole sink) {
    for (String document : documents) {
      sink.consume(PlanJson.standard().readHistory(JsonSource.of(document)));
    }
  }
}
