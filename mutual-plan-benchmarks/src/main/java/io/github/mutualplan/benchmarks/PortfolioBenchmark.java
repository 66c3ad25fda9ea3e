package io.github.mutualplan.benchmarks;

import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.risk.RiskAssessor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6: the risk assessment of a portfolio of 100,000 open plans of 10 to 20 commitments each, on as many
 * threads as the machine has processors; goal under one second on two cores.
 *
 * <p>The plans are built once per trial. To fit in memory they share structure: 1,000 distinct plans (each
 * its own random network, start date and progress as of the day: done, late, in progress, open), each
 * copied 100 times with its own id and deal value. Copies share their commitments, which are immutable
 * values; the assessment cannot tell, and caches nothing between plans.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class PortfolioBenchmark {
  static final int PLANS = 100_000;
  static final int DISTINCT = 1_000;
  static final LocalDate AS_OF = LocalDate.of(2027, 5, 12);

  private List<MutualActionPlan> plans;
  private PortfolioAnalyzer analyzer;

  @Setup(Level.Trial)
  public void setUp() {
    plans = plans(PLANS);
    analyzer = PortfolioAnalyzer.of(RiskAssessor.standard());
  }

  /** The first {@code count} plans of the portfolio. */
  static List<MutualActionPlan> plans(int count) {
    SplittableRandom random = new SplittableRandom(ScheduleBenchmark.SEED);
    List<MutualActionPlan> distinct = new ArrayList<>(DISTINCT);
    for (int k = 0; k < Math.min(DISTINCT, count); k++) {
      distinct.add(RandomPlans.portfolioPlan(10 + random.nextInt(11), k, AS_OF));
    }
    List<MutualActionPlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      MutualActionPlan base = distinct.get(i % distinct.size());
      Money value = Money.of(BigDecimal.valueOf(10_000 + random.nextInt(990_000)), base.deal().value().currency());
      plans.add(base.withId(PlanId.of("deal-" + i)).withDeal(Deal.of(base.deal().accountName(), value)));
    }
    return plans;
  }

  @Benchmark
  public PortfolioReport analyze() {
    return analyzer.analyze(plans, AS_OF);
  }
}
