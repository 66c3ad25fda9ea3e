package io.github.mutualplan.benchmarks;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Tags;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random plans for the benchmarks: the same size and seed always give the same plan.
 *
 * <p>A plan of {@code n} commitments is a random DAG: commitment {@code i} depends on two distinct earlier
 * commitments chosen uniformly (the first has none, the second one), so every plan is acyclic by
 * construction and its critical path is a few dozen commitments long even at 100,000 (dates stay within a
 * few years, as in a real plan). Durations are 1 to 10 working days. Sides alternate at random; each
 * commitment has one accountable person on the side that owes it. Every commitment that nothing depends on
 * leads to the closing milestone, so the close waits for every commitment and the projected close is the
 * finish of the whole network: the same number a generic CPM library computes.
 */
public final class RandomPlans {
  /** The plans' start: a Monday, so working-day counts and dates agree on every side. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  static {
    if (START.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new AssertionError(START + " is not a Monday");
    }
  }

  private static final int PEOPLE_PER_SIDE = 4;
  private static final MilestoneId CLOSE = MilestoneId.of("close");

  private RandomPlans() {}

  /** The shape of a plan, as plain arrays, for the peers: durations and the dependencies of each node. */
  public static final class Dag {
    /** The number of commitments. */
    public final int n;
    /** The working days of commitment {@code i}. */
    public final int[] duration;
    /** The commitments {@code i} depends on, all before {@code i}. */
    public final int[][] preds;
    /** 0 for the buyer, 1 for the seller. */
    final byte[] side;
    /** The index of the accountable person on the owing side. */
    final byte[] person;

    Dag(int n, long seed) {
      this.n = n;
      SplittableRandom random = new SplittableRandom(seed);
      duration = new int[n];
      preds = new int[n][];
      side = new byte[n];
      person = new byte[n];
      for (int i = 0; i < n; i++) {
        duration[i] = 1 + random.nextInt(10);
        side[i] = (byte) random.nextInt(2);
        person[i] = (byte) random.nextInt(PEOPLE_PER_SIDE);
        if (i == 0) {
          preds[i] = new int[0];
        } else if (i == 1) {
          preds[i] = new int[] {0};
        } else {
          int a = random.nextInt(i);
          int b = random.nextInt(i - 1);
          if (b >= a) {
            b++; // distinct from a
          }
          preds[i] = new int[] {a, b};
        }
      }
    }

    /** Whether nothing depends on commitment {@code i}. */
    public boolean[] sinks() {
      boolean[] sink = new boolean[n];
      java.util.Arrays.fill(sink, true);
      for (int[] p : preds) {
        for (int q : p) {
          sink[q] = false;
        }
      }
      return sink;
    }

    /**
     * The finish of the network in working days by a forward pass in index order (every dependency comes
     * first): the reference the benchmarks' peers must reproduce.
     */
    public int finishInWorkingDays() {
      int[] ef = new int[n];
      int finish = 0;
      for (int i = 0; i < n; i++) {
        int es = 0;
        for (int p : preds[i]) {
          es = Math.max(es, ef[p]);
        }
        ef[i] = es + duration[i];
        finish = Math.max(finish, ef[i]);
      }
      return finish;
    }
  }

  /** The shape of the plan of {@code n} commitments with this seed. */
  public static Dag dag(int n, long seed) {
    return new Dag(n, seed);
  }

  /** The plan of {@code n} commitments with this seed. */
  public static MutualActionPlan plan(int n, long seed) {
    return plan(dag(n, seed), "random-" + n + "-" + seed, START, false);
  }

  /**
   * The plan of a shape.
   *
   * @param dag the shape
   * @param id the plan's id
   * @param start the plan's start
   * @param estimates whether every commitment has a three-point estimate around its duration, for forecasts
   */
  public static MutualActionPlan plan(Dag dag, String id, LocalDate start, boolean estimates) {
    return builder(dag, id, start, estimates, new Commitment[dag.n]).build();
  }

  /** A builder of the plan of a shape, its commitments (as built) left in {@code built}. */
  static MutualActionPlan.Builder builder(Dag dag, String id, LocalDate start, boolean estimates,
      Commitment[] built) {
    int n = dag.n;
    StakeholderId[][] people = new StakeholderId[2][PEOPLE_PER_SIDE];
    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of(id))
        .title("Benchmark plan " + id)
        .deal(Deal.of("Benchmark Buyer", Money.of("250000", "USD")))
        .sellerOrganization("Benchmark Seller")
        .buyerOrganization("Benchmark Buyer")
        .start(start)
        .targetClose(start.plusYears(2))
        .zone(ZoneId.of("UTC"));
    for (int s = 0; s < 2; s++) {
      Side side = s == 0 ? Side.BUYER : Side.SELLER;
      for (int k = 0; k < PEOPLE_PER_SIDE; k++) {
        StakeholderId who = StakeholderId.of((s == 0 ? "buyer-" : "seller-") + k);
        people[s][k] = who;
        Stakeholder.Builder person = Stakeholder.builder().id(who).side(side).name("Person " + who);
        if (k == 0) {
          person.addRole(s == 0 ? Role.CHAMPION : Role.ACCOUNT_EXECUTIVE);
        }
        plan.addStakeholder(person.build());
      }
    }
    plan.sellerOwner(people[1][0]);
    plan.addMilestone(Milestone.builder().id(CLOSE).name("Contract signed").targetDate(start.plusYears(2))
        .closing(true).build());
    boolean[] sink = dag.sinks();
    CommitmentId[] ids = new CommitmentId[n];
    List<Commitment> commitments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids[i] = CommitmentId.of("c" + i);
      Commitment.Builder c = Commitment.builder()
          .id(ids[i])
          .title("Commitment " + i)
          .owingSide(dag.side[i] == 0 ? Side.BUYER : Side.SELLER)
          .durationDays(dag.duration[i])
          .addResponsibility(Responsibility.accountable(people[dag.side[i]][dag.person[i]]));
      for (int p : dag.preds[i]) {
        c.addDependsOn(ids[p]);
      }
      if (sink[i]) {
        c.milestone(CLOSE);
      }
      if (estimates) {
        int d = dag.duration[i];
        c.estimate(DurationEstimate.of(Math.max(1, d - 1 - d / 4), d, d + 2 + d / 2));
      }
      built[i] = c.build();
      commitments.add(built[i]);
    }
    return plan.addAllCommitments(commitments);
  }

  /**
   * A plan of a sales portfolio as of a day: {@code n} commitments (10 to 20 in practice), started some weeks
   * before that day, with what should be finished by then mostly done, some of it late, and the rest open;
   * due dates, a target close that some plans can no longer reach, and an economic buyer or a contract step
   * in most plans but not all, so that the assessment finds plans in every band.
   */
  static MutualActionPlan portfolioPlan(int n, long seed, LocalDate asOf) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Dag dag = dag(n, seed);
    LocalDate start = asOf.minusDays(7 + random.nextInt(120));
    while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      start = start.plusDays(1);
    }
    Commitment[] built = new Commitment[n];
    MutualActionPlan.Builder builder = builder(dag, "portfolio-" + seed, start, false, built);
    // Plain calendar days are close enough for the agreed dates: the scheduler decides what is late.
    int[] ef = new int[n];
    int end = 0;
    List<Commitment> commitments = new ArrayList<>(n);
    boolean contract = random.nextInt(5) != 0;
    for (int i = 0; i < n; i++) {
      int es = 0;
      for (int p : dag.preds[i]) {
        es = Math.max(es, ef[p]);
      }
      ef[i] = es + dag.duration[i] * 7 / 5;
      end = Math.max(end, ef[i]);
      LocalDate finish = start.plusDays(ef[i]);
      Commitment c = built[i].withDue(finish.plusDays(random.nextInt(4)));
      if (contract && i == n - 1) {
        c = c.withTags(Tags.LEGAL);
      }
      if (finish.isBefore(asOf) && random.nextInt(4) != 0) {
        c = c.withStatus(CommitmentStatus.DONE).withCompletedOn(finish.plusDays(random.nextInt(3)));
      } else if (!start.plusDays(es).isAfter(asOf) && random.nextBoolean()) {
        c = c.withStatus(CommitmentStatus.IN_PROGRESS).withStart(start.plusDays(es));
      }
      commitments.add(c);
    }
    LocalDate target = start.plusDays(end - 10 + random.nextInt(40));
    if (target.isBefore(start)) {
      target = start;
    }
    StakeholderId seller = StakeholderId.of("seller-0");
    List<Stakeholder> people = new ArrayList<>();
    for (Stakeholder s : builder.build().stakeholders()) {
      people.add(s.id().equals(StakeholderId.of("buyer-1")) && random.nextInt(3) != 0
          ? s.withRoles(Role.ECONOMIC_BUYER) : s);
    }
    return builder.commitments(commitments)
        .stakeholders(people)
        .targetClose(target)
        .milestones(List.of(Milestone.builder().id(CLOSE).name("Contract signed").targetDate(target).closing(true)
            .addExitCriteria("Order form countersigned").addResponsibility(Responsibility.accountable(seller))
            .build()))
        .build();
  }
}
