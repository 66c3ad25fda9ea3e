package io.github.mutualplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.engine.PlanGraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The dependency graph a plan keeps for the scheduler, the rules and the forecast. */
class KeptGraphTest {
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  /** {@code a} leads to the close through {@code b}; {@code c} depends on {@code a} and leads nowhere. */
  private static MutualActionPlan plan() {
    MutualActionPlan plan = Plans.network(MONDAY, MONDAY.plusWeeks(4), "a:2", "b:3<a", "c:1<a")
        .addMilestone(Plans.closing("close", MONDAY.plusWeeks(4)))
        .build();
    return plan.withCommitments(plan.commitments().get(0), plan.commitments().get(1)
        .withMilestone(MilestoneId.of("close")), plan.commitments().get(2));
  }

  /** A chain of this many commitments. */
  private static MutualActionPlan chain(int commitments) {
    String[] specs = new String[commitments];
    specs[0] = "c0:1";
    for (int i = 1; i < commitments; i++) {
      specs[i] = "c" + i + ":1<c" + (i - 1);
    }
    return Plans.network(MONDAY, MONDAY.plusYears(1), specs).build();
  }

  @Test
  void aPlanOfSixtyFourCommitmentsOrMoreKeepsItsGraphAndACopyComputesItsOwn() {
    MutualActionPlan plan = chain(PlanGraph.KEPT_FROM);
    MutualActionPlan equal = chain(PlanGraph.KEPT_FROM);
    PlanGraph graph = PlanGraph.of(plan);

    assertThat(PlanGraph.KEPT_FROM).isEqualTo(64); // as MutualActionPlan's Javadoc says
    assertThat(PlanGraph.of(plan)).isSameAs(graph);
    assertThat(PlanGraph.of(plan.withTitle("Renamed"))).isNotSameAs(graph);
    assertThat(plan).isEqualTo(equal).hasSameHashCodeAs(equal);
  }

  @Test
  void aSmallerPlanKeepsNothing() {
    MutualActionPlan plan = chain(PlanGraph.KEPT_FROM - 1);

    assertThat(PlanGraph.of(plan)).isNotSameAs(PlanGraph.of(plan));
  }

  @Test
  void lateDatesAreBoundOnlyByDependentsOnTheSameSideOfTheCloseNetwork() {
    MutualActionPlan plan = plan();
    PlanGraph graph = PlanGraph.of(plan);
    int a = graph.indexOf(CommitmentId.of("a"));
    int b = graph.indexOf(CommitmentId.of("b"));

    assertThat(graph.leadsToClose).containsExactly(true, true, false);
    assertThat(Arrays.copyOfRange(graph.succs, graph.succAt[a], graph.succAt[a + 1])).containsExactly(b);
    // a's late finish is bound by b, which leads to the close, and not by c, which does not.
    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan);
    assertThat(schedule.commitment(CommitmentId.of("a")).get().lateFinish())
        .isEqualTo(schedule.commitment(CommitmentId.of("b")).get().lateStart().minusDays(1));
  }

  @Test
  void aDurationWithoutAnEstimateComesFromTheDatesOnTheOwingSidesCalendar() {
    MutualActionPlan plan = plan();
    Commitment a = plan.commitments().get(0).withDurationDays(OptionalInt.empty())
        .withStart(MONDAY).withDue(MONDAY.plusDays(7));
    MutualActionPlan dated = plan.withCommitments(a, plan.commitments().get(1), plan.commitments().get(2));

    assertThat(PlanGraph.of(dated).durationFromDates).containsExactly(0);
    // Monday to the next Monday: six working days on weekdays, eight every day.
    assertThat(Scheduler.of(ScheduleOptions.defaults()).schedule(dated).commitment(CommitmentId.of("a")).get()
        .durationDays()).isEqualTo(6);
    assertThat(Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay())).schedule(dated)
        .commitment(CommitmentId.of("a")).get().durationDays()).isEqualTo(8);
  }

  @Test
  void aPlanListingACommitmentBeforeWhatItDependsOnIsNumberedInDependencyOrderAndAnsweredInItsOwn() {
    // b is listed first but waits for a; c waits for b.
    MutualActionPlan plan = Plans.network(MONDAY, MONDAY.plusWeeks(4), "b:2<a", "a:3", "c:1<b").build();
    PlanGraph graph = PlanGraph.of(plan);
    int a = graph.indexOf(CommitmentId.of("a"));
    int b = graph.indexOf(CommitmentId.of("b"));

    assertThat(a).isLessThan(b); // the passes walk the nodes by index
    assertThat(graph.position(a)).isEqualTo(1);
    assertThat(graph.node(0)).isEqualTo(b);
    assertThat(graph.id(a)).isEqualTo(CommitmentId.of("a"));
    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan);
    assertThat(schedule.commitments()).extracting(ScheduledCommitment::id)
        .containsExactly(CommitmentId.of("b"), CommitmentId.of("a"), CommitmentId.of("c"));
    assertThat(schedule.commitment(CommitmentId.of("b")).get().earlyStart()).isEqualTo(MONDAY.plusDays(3));
    assertThat(schedule.criticalPath())
        .containsExactly(CommitmentId.of("a"), CommitmentId.of("b"), CommitmentId.of("c"));
    assertThat(Forecaster.of(ForecastOptions.defaults()).forecast(plan).criticality().keySet())
        .containsExactly(CommitmentId.of("b"), CommitmentId.of("a"), CommitmentId.of("c"));
  }
}
