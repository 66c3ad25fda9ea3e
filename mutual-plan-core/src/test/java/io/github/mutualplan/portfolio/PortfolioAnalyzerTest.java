package io.github.mutualplan.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskContext;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskPolicy;
import io.github.mutualplan.risk.RiskRule;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.SamplePlans;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The portfolio's rules: parallel equals sequential, nothing lost or reordered, and the summary adds up. */
class PortfolioAnalyzerTest {
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  static final PortfolioAnalyzer RISK_ONLY = PortfolioAnalyzer.of(RiskAssessor.standard());
  static final Forecaster FEW_TRIALS = Forecaster.of(ForecastOptions.defaults().withTrials(200));

  /** Portfolios of 0 to 1,100 small plans (several batches), each with a distinct id. */
  static Gen<List<MutualActionPlan>> portfolios() {
    return in -> {
      Draw d = Gens.draw(in);
      int size = d.chance(15) ? d.between(513, 1_100) : d.between(0, 40);
      Gen<MutualActionPlan> plans = Gens.plans(12);
      List<MutualActionPlan> portfolio = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        MutualActionPlan plan = plans.generate(in);
        portfolio.add(plan.withId(PlanId.of("deal-" + i)));
      }
      return portfolio;
    };
  }

  @Test
  void inParallelTheReportIsTheSameAsOnOneThreadAndKeepsTheOrderGiven() {
    qt().withExamples(15).forAll(portfolios()).checkAssert(portfolio -> {
      PortfolioReport sequential = RISK_ONLY.withParallelism(1).analyze(portfolio, AS_OF);
      PortfolioReport parallel = RISK_ONLY.withParallelism(4).analyze(portfolio, AS_OF);
      PortfolioReport streamed = RISK_ONLY.withParallelism(3).analyze(portfolio.stream(), AS_OF);

      assertThat(parallel).isEqualTo(sequential);
      assertThat(streamed).isEqualTo(sequential);
      assertThat(sequential.results()).extracting(PlanResult::plan)
          .containsExactlyElementsOf(portfolio.stream().map(MutualActionPlan::id).collect(Collectors.toList()));
      assertThat(sequential.results()).allSatisfy(r -> assertThat(r.forecast()).isEmpty());
    });
  }

  @Test
  void onAnExecutorOfYourOwnTheReportIsTheSameAsOnOneThread() {
    ExecutorService pool = Executors.newFixedThreadPool(3, named("crm-pool"));
    try {
      qt().withExamples(10).forAll(portfolios()).checkAssert(portfolio -> {
        PortfolioReport sequential = RISK_ONLY.withParallelism(1).analyze(portfolio, AS_OF);
        RecordingExecutor recording = new RecordingExecutor(pool);

        assertThat(RISK_ONLY.withExecutor(Runnable::run).analyze(portfolio, AS_OF)).isEqualTo(sequential);
        assertThat(RISK_ONLY.withExecutor(pool).analyze(portfolio.stream(), AS_OF)).isEqualTo(sequential);
        assertThat(RISK_ONLY.withExecutor(recording).withParallelism(2).analyze(portfolio, AS_OF))
            .isEqualTo(sequential);
        // One task per batch of 512 plans, each run by the executor's threads.
        assertThat(recording.ran).hasSize((portfolio.size() + 511) / 512)
            .allSatisfy(thread -> assertThat(thread).startsWith("crm-pool-"));
      });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theExecutorsThreadsAssessThePlansAndThePoolIsTheCallersToShutDown() {
    ExecutorService pool = Executors.newFixedThreadPool(2, named("crm-pool"));
    try {
      ThreadNotingRule rule = new ThreadNotingRule();
      RecordingExecutor recording = new RecordingExecutor(pool);
      List<MutualActionPlan> portfolio = copies(SamplePlans.healthcareClosingPlan().build(), 1_300);

      PortfolioReport report = PortfolioAnalyzer.of(assessor(rule)).withExecutor(recording)
          .analyze(portfolio, SamplePlans.START);

      assertThat(report.results()).hasSize(1_300);
      assertThat(recording.ran).hasSize(3); // plans 1-512, 513-1024, 1025-1300
      assertThat(rule.assessed).hasValue(1_300);
      assertThat(rule.threads).isNotEmpty().allSatisfy(thread -> assertThat(thread).startsWith("crm-pool-"));
      assertThat(pool.isShutdown()).isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRejectsATaskFailsTheCallWithTheTaskNamed() {
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();
    List<MutualActionPlan> three = copies(SamplePlans.healthcareClosingPlan().build(), 3);

    assertThatThrownBy(() -> RISK_ONLY.withExecutor(closed).analyze(three, AS_OF))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessageStartingWith("executor: rejected the task of plans 1 to 3 of the portfolio (is it shut down or"
            + " full?): java.util.concurrent.")
        .hasCauseInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void aRejectionMidwayFailsAtOnceAndTheTaskAcceptedBeforeItNeverRuns() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(named("crm-pool"));
    CountDownLatch release = new CountDownLatch(1);
    try {
      pool.execute(() -> awaitQuietly(release)); // the pool's one thread is busy: what it accepts waits
      AtomicInteger offered = new AtomicInteger();
      Executor acceptsOne = task -> {
        if (offered.incrementAndGet() > 1) {
          throw new RejectedExecutionException("queue full");
        }
        pool.execute(task);
      };
      ThreadNotingRule rule = new ThreadNotingRule();
      List<MutualActionPlan> portfolio = copies(SamplePlans.healthcareClosingPlan().build(), 600);

      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() ->
          PortfolioAnalyzer.of(assessor(rule)).withParallelism(2).withExecutor(acceptsOne)
              .analyze(portfolio, SamplePlans.START))
          .isInstanceOf(RejectedExecutionException.class)
          .hasMessageStartingWith("executor: rejected the task of plans 513 to 600 of the portfolio"));

      release.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      assertThat(rule.assessed).as("the first task was cancelled before it started").hasValue(0);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /** An executor of the caller's own that runs each task on a pool and records the thread each ran on. */
  static final class RecordingExecutor implements Executor {
    final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    private final Executor pool;

    RecordingExecutor(Executor pool) {
      this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
      pool.execute(() -> {
        ran.add(Thread.currentThread().getName());
        task.run();
      });
    }
  }

  /** A rule that finds nothing and notes the thread each open plan is assessed on. */
  static final class ThreadNotingRule implements RiskRule {
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final AtomicInteger assessed = new AtomicInteger();

    @Override
    public RiskRuleId id() {
      return RiskRuleId.of("thread-noting");
    }

    @Override
    public List<RiskFinding> assess(RiskContext context) {
      threads.add(Thread.currentThread().getName());
      assessed.incrementAndGet();
      return List.of();
    }
  }

  static RiskAssessor assessor(RiskRule rule) {
    return RiskAssessor.of(List.of(rule), RiskPolicy.defaults(), ScheduleOptions.defaults());
  }

  /** Copies of a plan, each with its own id. */
  static List<MutualActionPlan> copies(MutualActionPlan plan, int count) {
    return IntStream.range(0, count).mapToObj(i -> plan.withId(PlanId.of("deal-" + i)))
        .collect(Collectors.toList());
  }

  static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theSummaryCountsEveryOpenPlanOnceAndAddsUpItsValues() {
    qt().withExamples(15).forAll(portfolios()).checkAssert(portfolio -> {
      PortfolioSummary summary = RISK_ONLY.analyze(portfolio, AS_OF).summary();
      List<MutualActionPlan> open = portfolio.stream().filter(p -> !p.status().isClosed())
          .collect(Collectors.toList());

      assertThat(summary.plans()).isEqualTo(portfolio.size());
      assertThat(summary.countsByBand()).containsOnlyKeys(HealthBand.values());
      assertThat(summary.countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(open.size());
      Map<Currency, BigDecimal> atRisk = new HashMap<>();
      Map<Currency, BigDecimal> total = new HashMap<>();
      for (MutualActionPlan plan : open) {
        Money value = plan.deal().value();
        total.merge(value.currency(), value.amount(), BigDecimal::add);
        if (RiskAssessor.standard().assess(plan, AS_OF).band() != HealthBand.HEALTHY) {
          atRisk.merge(value.currency(), value.amount(), BigDecimal::add);
        }
      }
      assertThat(summary.valueAtRisk()).isEqualTo(atRisk);
      // Without a forecast each open plan counts in full in the month of its projected close.
      total.replaceAll((c, v) -> v.stripTrailingZeros());
      assertThat(totalsByCurrency(summary)).isEqualTo(total);
    });
  }

  @Test
  void withAForecastEachPlansValueIsSpreadOverTheMonthsOfItsTrials() {
    qt().withExamples(10).forAll(portfolios()).checkAssert(portfolio -> {
      List<MutualActionPlan> few = portfolio.subList(0, Math.min(portfolio.size(), 30));
      PortfolioReport report = RISK_ONLY.withForecaster(FEW_TRIALS).analyze(few, AS_OF);

      assertThat(report.results()).allSatisfy(r ->
          assertThat(r.forecast().isPresent()).isEqualTo(!r.status().isClosed()));
      Map<Currency, BigDecimal> total = new HashMap<>();
      int months = report.summary().expectedClosesByMonth().size();
      few.stream().filter(p -> !p.status().isClosed())
          .forEach(p -> total.merge(p.deal().value().currency(), p.deal().value().amount(), BigDecimal::add));
      // Each month's share is rounded to the cent: the totals are exact to a cent per month and plan.
      Map<Currency, BigDecimal> spread = totalsByCurrency(report.summary());
      assertThat(spread.keySet()).isEqualTo(total.keySet());
      spread.forEach((currency, sum) -> assertThat(sum.subtract(total.get(currency)).abs())
          .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf((long) months * few.size()))));
    });
  }

  static Map<Currency, BigDecimal> totalsByCurrency(PortfolioSummary summary) {
    Map<Currency, BigDecimal> totals = new HashMap<>();
    summary.expectedClosesByMonth().values()
        .forEach(byCurrency -> byCurrency.forEach((c, v) -> totals.merge(c, v, BigDecimal::add)));
    // Compare amounts, not scales: 10.0 and 10.00 are the same money.
    totals.replaceAll((c, v) -> v.stripTrailingZeros());
    return totals;
  }

  @Test
  void threeDealsAtAGlance() {
    MutualActionPlan healthcare = SamplePlans.healthcareClosingPlan().build();
    MutualActionPlan won = SamplePlans.healthcareClosingPlan().id(PlanId.of("won")).status(PlanStatus.CLOSED_WON)
        .closure(Closure.of(CloseReason.VALUE_PROVEN, Instant.parse("2027-01-08T12:00:00Z"))).build();
    MutualActionPlan euro = healthcare.withId(PlanId.of("euro"))
        .withDeal(Deal.of("Klinikum Nord", Money.of("80000", "EUR")));

    PortfolioReport report = PortfolioAnalyzer.of(RiskAssessor.standard()).withParallelism(2)
        .analyze(List.of(healthcare, won, euro), SamplePlans.START);

    assertThat(report.summary().plans()).isEqualTo(3);
    // The won deal is neither at risk nor expected to close: it has closed.
    assertThat(report.summary().countsByBand().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    assertThat(report.summary().expectedClosesByMonth().keySet())
        .containsExactly(YearMonth.from(report.results().get(0).risk().projectedClose().orElseThrow()));
    assertThat(report.summary().expectedClosesByMonth().values()).singleElement()
        .satisfies(byCurrency -> assertThat(byCurrency).containsOnlyKeys(
            healthcare.deal().value().currency(), Currency.getInstance("EUR")));
  }

  @Test
  void aMissingPlanOrDayIsNamed() {
    List<MutualActionPlan> withNull = Arrays.asList(SamplePlans.healthcareClosingPlan().build(), null);
    assertThatThrownBy(() -> RISK_ONLY.analyze(withNull, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("plans element");
    assertThatThrownBy(() -> RISK_ONLY.analyze(Stream.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> RISK_ONLY.withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads: must be at least 1 (was 0)");
    assertThatThrownBy(() -> RISK_ONLY.withExecutor(null))
        .isInstanceOf(NullPointerException.class).hasMessage("executor");
    assertThat(RISK_ONLY.analyze(List.of(), AS_OF).summary().countsByBand())
        .containsOnly(Map.entry(HealthBand.HEALTHY, 0), Map.entry(HealthBand.AT_RISK, 0),
            Map.entry(HealthBand.CRITICAL, 0));
  }
}
