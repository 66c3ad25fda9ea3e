package io.github.mutualplan.benchmarks;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14: building (and so validating) a plan of N commitments is linear, up to a million. Every build and
 * {@code with*} copy checks every rule, and reading a plan from JSON ends in the same build, so this is the cost
 * a service pays for each plan it makes, edits or loads.
 *
 * <ul>
 *   <li>{@code dag}: the benchmarks' random DAG ({@link RandomPlans}): each commitment depends on two earlier
 *       ones chosen at random, on either side.
 *   <li>{@code chain}: the shape that made the old cycle search quadratic: each commitment depends on the one
 *       before it and the one ten before it, one long chain.
 * </ul>
 *
 * <p>The measured call is {@code plan.withCommitments(list)}: a copy of the plan with the same commitments as a
 * new list, which validates the whole plan (unique ids, references, accountability, dates, limits, cycles, the
 * lifecycle) as {@code build()} does. The commitments themselves are made once, in the setup.
 *
 * <p>{@code lookUpDependencies} is the floor any validator of references stands on, measured beside it: a
 * {@link HashMap} from each id to its place, and one look-up per dependency. Its growth per 10x shows what the
 * memory of this machine adds once a plan no longer fits in the processor's caches.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@State(Scope.Benchmark)
public class ValidationBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  public int commitments;

  @Param({"dag", "chain"})
  public String shape;

  private MutualActionPlan plan;
  private List<Commitment> list;

  @Setup(Level.Trial)
  public void setUp() {
    MutualActionPlan dag = RandomPlans.plan(commitments, ScheduleBenchmark.SEED);
    plan = shape.equals("chain") ? chain(dag) : dag;
    list = new ArrayList<>(plan.commitments());
  }

  /** The plan's people and dates, with a chain of as many commitments, each after the one and the ten before. */
  static MutualActionPlan chain(MutualActionPlan like) {
    int n = like.commitments().size();
    StakeholderId owner = like.sellerOwner();
    List<Commitment> chain = new ArrayList<>(n);
    CommitmentId[] ids = new CommitmentId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = CommitmentId.of("c" + i);
      Commitment.Builder c = Commitment.builder().id(ids[i]).title("Commitment " + i).owingSide(Side.SELLER)
          .durationDays(1 + i % 5).addResponsibility(Responsibility.accountable(owner));
      if (i > 0) {
        c.addDependsOn(ids[i - 1]);
      }
      if (i >= 10) {
        c.addDependsOn(ids[i - 10]);
      }
      chain.add(c.build());
    }
    // One copy with both lists: dropping the milestones first would leave the random commitments naming them.
    return MutualActionPlan.builder().from(like).milestones(List.of()).commitments(chain).build();
  }

  @Benchmark
  public MutualActionPlan build() {
    return plan.withCommitments(new ArrayList<>(list));
  }

  @Benchmark
  public long lookUpDependencies() {
    Map<CommitmentId, Integer> places = new HashMap<>(list.size() * 4 / 3 + 1);
    for (int i = 0; i < list.size(); i++) {
      places.putIfAbsent(list.get(i).id(), i);
    }
    long sum = 0;
    for (Commitment commitment : list) {
      for (CommitmentId dependency : commitment.dependsOn()) {
        sum += places.get(dependency);
      }
    }
    return sum;
  }
}
