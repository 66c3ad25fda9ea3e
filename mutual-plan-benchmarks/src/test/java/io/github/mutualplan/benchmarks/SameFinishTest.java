package io.github.mutualplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;

/** The benchmarks compare like with like: on one seeded plan, every contender gives the same close. */
class SameFinishTest {
  private static final int COMMITMENTS = 1_000;
  private static final long SEED = ScheduleBenchmark.SEED;

  private final RandomPlans.Dag dag = RandomPlans.dag(COMMITMENTS, SEED);
  private final MutualActionPlan plan = RandomPlans.plan(COMMITMENTS, SEED);

  /** The date of the {@code days}-th working day (Monday to Friday) from a Monday, which is day 1. */
  private static LocalDate workingDay(LocalDate monday, int days) {
    int weeks = (days - 1) / 5;
    int extra = (days - 1) % 5;
    return monday.plusWeeks(weeks).plusDays(extra);
  }

  @Test
  void everyContenderClosesOnTheSameDay() {
    Schedule ours = Scheduler.of(ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays()))
        .schedule(plan);
    int days = dag.finishInWorkingDays();
    LocalDate expected = workingDay(RandomPlans.START, days);
    assertThat(RandomPlans.START.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(days).isGreaterThan(50);

    Graph<Integer, DefaultEdge> graph = Peers.graph(dag);
    assertThat(Peers.longestPath(graph, dag.duration)).isEqualTo(days);
    Peers.CpmResult cpm = Peers.cpm(graph, dag.duration);
    assertThat(cpm.finish).isEqualTo(days);
    int[] duration = new int[COMMITMENTS];
    assertThat(Peers.cpm(Peers.graph(plan, duration), duration).finish).isEqualTo(days);

    ProjectFile project = Peers.project(dag, RandomPlans.START);
    LocalDate mpxj = Peers.scheduleMpxj(project, RandomPlans.START).toLocalDate();

    assertThat(ours.projectedClose()).isEqualTo(expected);
    assertThat(mpxj).isEqualTo(expected);
    // Scheduling the same MPXJ project again (as the benchmark does) gives the same finish.
    assertThat(Peers.scheduleMpxj(project, RandomPlans.START).toLocalDate()).isEqualTo(expected);
  }

  @Test
  void slackAgreesWithTheJgraphtCpm() {
    Schedule ours = Scheduler.of(ScheduleOptions.defaults()).schedule(plan);
    Peers.CpmResult cpm = Peers.cpm(Peers.graph(dag), dag.duration);
    // Our late dates count back from the target close, the peer's from the finish: the difference is constant.
    int offset = ours.closeSlack();
    for (int i = 0; i < COMMITMENTS; i++) {
      assertThat(ours.commitments().get(i).totalSlack()).as("slack of c%d", i).isEqualTo(cpm.slack[i] + offset);
    }
  }
}
