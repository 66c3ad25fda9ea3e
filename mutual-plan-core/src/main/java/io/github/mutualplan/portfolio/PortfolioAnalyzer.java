package io.github.mutualplan.portfolio;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.engine.AsOf;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.risk.HealthBand;
import io.github.mutualplan.risk.RiskAssessor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Assesses, and optionally forecasts, many plans at once, in parallel, and sums them up: open plans by health
 * band, value at risk, value expected to close by month.
 *
 * <pre>{@code
 * PortfolioAnalyzer analyzer = PortfolioAnalyzer.of(RiskAssessor.standard()).withParallelism(4);
 * PortfolioReport report = analyzer.analyze(crm.openPlans(), LocalDate.now(clock)); // a collection or a stream
 * report.summary().countsByBand();        // {HEALTHY=61203, AT_RISK=30144, CRITICAL=8653}
 * report.summary().valueAtRisk();         // {USD=12840000.00, EUR=3100000.00}
 *
 * try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) { // Java 21: your threads
 *   report = analyzer.withExecutor(virtual).analyze(crm.openPlans(), LocalDate.now(clock));
 * }
 * }</pre>
 *
 * <p>The plans are read in batches of 512, and each batch is one task: at most twice the parallelism tasks are
 * in flight at a time, so that a large stream need not be in memory at once. The tasks run on a pool of
 * {@linkplain #withParallelism parallelism} daemon threads that each call makes and shuts down before it
 * returns, or on an executor of your own ({@link #withExecutor}), which the analyzer never shuts down. The
 * calling thread reads the plans, hands the tasks over and gathers the results, in the order given, adding
 * each batch to the summary as it comes in.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class PortfolioAnalyzer {
  private static final int BATCH = 512;

  private final RiskAssessor assessor;
  private final Optional<Forecaster> forecaster;
  private final int parallelism;
  private final Optional<Executor> executor;

  private PortfolioAnalyzer(RiskAssessor assessor, Optional<Forecaster> forecaster, int parallelism,
      Optional<Executor> executor) {
    this.assessor = assessor;
    this.forecaster = forecaster;
    this.parallelism = parallelism;
    this.executor = executor;
  }

  /** An analyzer of risk only, on as many threads as the machine has processors. */
  public static PortfolioAnalyzer of(RiskAssessor assessor) {
    return new PortfolioAnalyzer(Objects.requireNonNull(assessor, "assessor"), Optional.empty(),
        Runtime.getRuntime().availableProcessors(), Optional.empty());
  }

  /** A copy that also forecasts every open plan. */
  public PortfolioAnalyzer withForecaster(Forecaster forecaster) {
    return new PortfolioAnalyzer(assessor, Optional.of(Objects.requireNonNull(forecaster, "forecaster")),
        parallelism, executor);
  }

  /**
   * A copy that works on this many threads, at least 1: the size of the pool each call makes. With an executor
   * of your own it hands the executor at most twice this many tasks at a time, which also bounds the threads
   * that an executor running every task at once (virtual threads) keeps busy.
   */
  public PortfolioAnalyzer withParallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be at least 1 (was " + threads + ")");
    }
    return new PortfolioAnalyzer(assessor, forecaster, threads, executor);
  }

  /**
   * A copy that runs its tasks on this executor instead of a pool of its own: virtual threads, a pool your
   * service already has, or one that carries a request's context to its threads. The caller owns the executor:
   * the analyzer never shuts it down, and it must accept tasks for as long as a call runs. A task it rejects
   * fails the call at once with a {@link RejectedExecutionException}, and the tasks handed to it that have not
   * started are cancelled; an executor that drops a task without throwing ({@code DiscardPolicy}) leaves the
   * call waiting for it. A call made on one of the executor's own threads waits for tasks queued on the same
   * executor, so a bounded pool needs a thread to spare for them.
   */
  public PortfolioAnalyzer withExecutor(Executor executor) {
    return new PortfolioAnalyzer(assessor, forecaster, parallelism,
        Optional.of(Objects.requireNonNull(executor, "executor")));
  }

  /**
   * Analyzes a collection of plans as of a day: each plan's risk and forecast are as of that one day, on the
   * calendars the plan names (unless the assessor's and forecaster's options override them).
   *
   * @throws IllegalArgumentException if the day is outside the years of {@link io.github.mutualplan.PlanLimits}
   */
  public PortfolioReport analyze(Collection<MutualActionPlan> plans, LocalDate asOf) {
    return analyze(Objects.requireNonNull(plans, "plans").stream(), asOf);
  }

  /**
   * Analyzes a stream of plans as of a day, reading it in batches; as {@link #analyze(Collection, LocalDate)}.
   */
  public PortfolioReport analyze(Stream<MutualActionPlan> plans, LocalDate asOf) {
    Objects.requireNonNull(plans, "plans");
    AsOf.check(asOf);
    if (executor.isPresent()) {
      return analyze(plans, asOf, executor.get());
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, daemons());
    try {
      return analyze(plans, asOf, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private PortfolioReport analyze(Stream<MutualActionPlan> plans, LocalDate asOf, Executor on) {
    List<PlanResult> results = new ArrayList<>();
    Summary summary = new Summary();
    ArrayDeque<FutureTask<List<PlanResult>>> inFlight = new ArrayDeque<>();
    try {
      Iterator<MutualActionPlan> it = plans.iterator();
      long read = 0;
      while (it.hasNext()) {
        List<MutualActionPlan> batch = new ArrayList<>(BATCH);
        while (it.hasNext() && batch.size() < BATCH) {
          batch.add(Objects.requireNonNull(it.next(), "plans element"));
        }
        FutureTask<List<PlanResult>> task = new FutureTask<>(() -> analyzeBatch(batch, asOf));
        inFlight.add(task);
        try {
          on.execute(task);
        } catch (RejectedExecutionException e) {
          throw new RejectedExecutionException("executor: rejected the task of plans " + (read + 1) + " to "
              + (read + batch.size()) + " of the portfolio (is it shut down or full?): " + on, e);
        }
        read += batch.size();
        if (inFlight.size() >= 2 * parallelism) {
          gather(await(inFlight.remove()), results, summary);
        }
      }
      while (!inFlight.isEmpty()) {
        gather(await(inFlight.remove()), results, summary);
      }
    } finally {
      inFlight.forEach(task -> task.cancel(false)); // after a failure: what has not started never runs
    }
    return ImmutablePortfolioReport.builder().asOf(asOf).results(results).summary(summary.build()).build();
  }

  /** Adds a batch's results to the report's and to the summary, while the tasks after it run. */
  private static void gather(List<PlanResult> batch, List<PlanResult> results, Summary summary) {
    results.addAll(batch);
    for (PlanResult result : batch) {
      summary.add(result);
    }
  }

  private List<PlanResult> analyzeBatch(List<MutualActionPlan> batch, LocalDate asOf) {
    List<PlanResult> results = new ArrayList<>(batch.size());
    for (MutualActionPlan plan : batch) {
      Optional<CloseForecast> forecast = plan.status().isClosed() ? Optional.empty()
          : forecaster.map(f -> f.forecast(plan, asOf)); // the same day as the risk
      results.add(ImmutablePlanResult.builder()
          .plan(plan.id())
          .deal(plan.deal())
          .status(plan.status())
          .risk(assessor.assess(plan, asOf))
          .forecast(forecast)
          .build());
    }
    return results;
  }

  private static List<PlanResult> await(Future<List<PlanResult>> batch) {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analyzing the portfolio", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The summary, added up one result after another in the order given. */
  private static final class Summary {
    private int plans;
    /** The open plans in each band, by the band's ordinal. */
    private final int[] bands = new int[HealthBand.values().length];
    private final Map<Currency, BigDecimal> atRisk = new HashMap<>();
    private final TreeMap<YearMonth, Map<Currency, BigDecimal>> byMonth = new TreeMap<>();

    void add(PlanResult r) {
      plans++;
      if (r.status().isClosed()) {
        return;
      }
      HealthBand band = r.risk().band();
      bands[band.ordinal()]++;
      Currency currency = r.deal().value().currency();
      BigDecimal value = r.deal().value().amount();
      if (band != HealthBand.HEALTHY) {
        atRisk.merge(currency, value, BigDecimal::add);
      }
      if (r.forecast().isPresent()) {
        CloseForecast f = r.forecast().get();
        Map<YearMonth, Integer> trialsByMonth = new HashMap<>();
        f.closeDays().forEach((day, count) -> trialsByMonth.merge(month(day), count, Integer::sum));
        int scale = Math.max(currency.getDefaultFractionDigits(), 2);
        trialsByMonth.forEach((month, count) -> byMonth.computeIfAbsent(month, m -> new HashMap<>())
            .merge(currency, value.multiply(BigDecimal.valueOf(count))
                .divide(BigDecimal.valueOf(f.trials()), scale, RoundingMode.HALF_EVEN), BigDecimal::add));
      } else {
        r.risk().projectedClose().ifPresent(day -> byMonth.computeIfAbsent(month(day), m -> new HashMap<>())
            .merge(currency, value, BigDecimal::add));
      }
    }

    /** The month of a day, made directly rather than through {@link YearMonth#from}'s checks of a temporal. */
    private static YearMonth month(LocalDate day) {
      return YearMonth.of(day.getYear(), day.getMonth());
    }

    PortfolioSummary build() {
      Map<HealthBand, Integer> counts = new EnumMap<>(HealthBand.class);
      for (HealthBand band : HealthBand.values()) {
        counts.put(band, bands[band.ordinal()]);
      }
      return ImmutablePortfolioSummary.builder()
          .plans(plans)
          .countsByBand(counts)
          .valueAtRisk(atRisk)
          .expectedClosesByMonth(byMonth)
          .build();
    }
  }

  private static ThreadFactory daemons() {
    return task -> {
      Thread thread = new Thread(task, "mutual-plan-portfolio");
      thread.setDaemon(true);
      return thread;
    };
  }
}
