package io.github.mutualplan.schedule;

import static io.github.mutualplan.schedule.Plans.commitment;
import static io.github.mutualplan.schedule.Plans.network;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.calendar.WorkCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The critical path method by example: textbook networks with known answers, calendars, actuals, slips. */
class CriticalPathExamplesTest {
  static final Scheduler EVERY_DAY = Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay()));
  static final LocalDate DAY_0 = LocalDate.of(2027, 3, 1);

  static CommitmentId id(String key) {
    return CommitmentId.of(key);
  }

  @Test
  void aTextbookNetworkHasItsKnownCriticalPathAndSlack() {
    // A(3) -> B(4) -> D(5) -> E(1), and A -> C(2) -> D: 13 days, C has 2 days of slack.
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(12),
        "a:3", "b:4<a", "c:2<a", "d:5<b,c", "e:1<d").build();

    Schedule schedule = EVERY_DAY.schedule(plan);

    assertThat(schedule.projectedClose()).isEqualTo(DAY_0.plusDays(12)); // day 0 to day 12: 13 days
    assertThat(schedule.criticalPath()).containsExactly(id("a"), id("b"), id("d"), id("e"));
    ScheduledCommitment c = schedule.commitment(id("c")).orElseThrow();
    assertThat(c.earlyStart()).isEqualTo(DAY_0.plusDays(3));
    assertThat(c.earlyFinish()).isEqualTo(DAY_0.plusDays(4));
    assertThat(c.lateStart()).isEqualTo(DAY_0.plusDays(5));
    assertThat(c.lateFinish()).isEqualTo(DAY_0.plusDays(6));
    assertThat(c.totalSlack()).isEqualTo(2);
    assertThat(c.critical()).isFalse();
    assertThat(schedule.commitments()).filteredOn(ScheduledCommitment::critical)
        .allSatisfy(s -> assertThat(s.totalSlack()).isZero());
    assertThat(schedule.targetReachable()).isTrue();
    assertThat(schedule.closeSlack()).isZero();
  }

  @Test
  void twoDependenciesThatFinishTogetherAreDecidedByThePlansOrderNotByHowTheyAreListed() {
    // A(3) -> B(4) -> D(1) and A -> C(4) -> D: B and C finish together; the plan lists B first.
    MutualActionPlan listedBC = network(DAY_0, DAY_0.plusDays(7), "a:3", "b:4<a", "c:4<a", "d:1<b,c").build();
    MutualActionPlan listedCB = network(DAY_0, DAY_0.plusDays(7), "a:3", "b:4<a", "c:4<a", "d:1<c,b").build();

    assertThat(listedCB).isEqualTo(listedBC); // the dependencies are a set
    assertThat(EVERY_DAY.schedule(listedCB).criticalPath()).containsExactly(id("a"), id("b"), id("d"));
    assertThat(EVERY_DAY.schedule(listedBC).criticalPath()).containsExactly(id("a"), id("b"), id("d"));
    assertThat(EVERY_DAY.schedule(listedCB)).isEqualTo(EVERY_DAY.schedule(listedBC));
  }

  @Test
  void theProjectedCloseOfPsplibJ301IsItsPublishedCriticalPathLength() throws IOException {
    MutualActionPlan plan = psplib("/psplib/j301_1.sm", DAY_0);

    Schedule schedule = EVERY_DAY.schedule(plan);

    // MPM-Time 38: the last job ends at the end of day 37, 38 days after the start of day 0.
    assertThat(schedule.projectedClose()).isEqualTo(DAY_0.plusDays(38 - 1));
    assertThat(schedule.commitment(schedule.criticalPath().get(0)).get().earlyStart()).isEqualTo(DAY_0);
    assertThat(schedule.criticalPath().stream().mapToInt(k -> schedule.commitment(k).get().durationDays()).sum())
        .isEqualTo(38);
  }

  @Test
  void eachSideCountsInItsOwnCalendar() {
    // The buyer does not work on Fridays in this example; the seller works Monday to Friday.
    WorkCalendar buyer = WorkCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
    Scheduler scheduler = Scheduler.of(ScheduleOptions.of(buyer, WorkCalendar.weekdays()));
    LocalDate monday = LocalDate.of(2027, 3, 1);
    MutualActionPlan plan = network(monday, monday.plusDays(30), "proposal:4", "buyer:review:2<proposal",
        "contract:1<review").build();

    Schedule schedule = scheduler.schedule(plan);

    assertThat(schedule.commitment(id("proposal")).get().earlyFinish()).isEqualTo(LocalDate.of(2027, 3, 4)); // Thu
    // The buyer starts on the Monday after (not on Friday, their day off) and works Monday and Tuesday.
    assertThat(schedule.commitment(id("review")).get().earlyStart()).isEqualTo(LocalDate.of(2027, 3, 8));
    assertThat(schedule.commitment(id("review")).get().earlyFinish()).isEqualTo(LocalDate.of(2027, 3, 9));
    assertThat(schedule.commitment(id("contract")).get().earlyStart()).isEqualTo(LocalDate.of(2027, 3, 10));
  }

  @Test
  void holidaysAreSkipped() {
    LocalDate goodFriday = LocalDate.of(2027, 3, 26);
    LocalDate easterMonday = LocalDate.of(2027, 3, 29);
    WorkCalendar buyer = WorkCalendar.weekdays().withHolidays(List.of(goodFriday, easterMonday));
    Scheduler scheduler = Scheduler.of(ScheduleOptions.of(buyer, WorkCalendar.weekdays()));
    MutualActionPlan plan = network(LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 30), "buyer:workshop:3").build();

    ScheduledCommitment workshop = scheduler.schedule(plan).commitment(id("workshop")).get();

    assertThat(workshop.earlyStart()).isEqualTo(LocalDate.of(2027, 3, 24));   // Wednesday
    assertThat(workshop.earlyFinish()).isEqualTo(LocalDate.of(2027, 3, 30));  // Wed, Thu, then Tuesday
  }

  @Test
  void aSlipOfOneDayOnTheCriticalPathMovesTheCloseAndASlipWithinSlackDoesNot() {
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(20), "a:3", "b:4<a", "c:2<a", "d:5<b,c", "e:1<d").build();

    SlipImpact critical = EVERY_DAY.impact(plan, withDuration(plan, "b", 5));
    assertThat(critical.closeShift()).isEqualTo(1);
    assertThat(critical.closeAfter()).isEqualTo(DAY_0.plusDays(13));
    assertThat(critical.shifts()).extracting(s -> s.id().key() + " +" + s.workingDays())
        .containsExactly("b +1", "d +1", "e +1");
    assertThat(critical.targetReachable()).isTrue();

    SlipImpact withinSlack = EVERY_DAY.impact(plan, withDuration(plan, "c", 3));
    assertThat(withinSlack.closeShift()).isZero();
    assertThat(withinSlack.shifts()).extracting(s -> s.id().key() + " +" + s.workingDays())
        .containsExactly("c +1");
  }

  @Test
  void aSlipPastTheTargetCloseMakesItUnreachableAndTheSlackNegative() {
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(12), "a:3", "b:4<a", "c:2<a", "d:5<b,c", "e:1<d").build();

    MutualActionPlan slipped = withDuration(plan, "d", 8);
    SlipImpact impact = EVERY_DAY.impact(plan, slipped);
    Schedule schedule = EVERY_DAY.schedule(slipped);

    assertThat(impact.targetReachable()).isFalse();
    assertThat(schedule.closeSlack()).isEqualTo(-3);
    assertThat(schedule.commitment(id("e")).get().totalSlack()).isEqualTo(-3);
    assertThat(schedule.commitment(id("c")).get().totalSlack()).isEqualTo(-1);
  }

  @Test
  void theCloseWaitsOnlyForWhatLeadsToTheClosingMilestone() {
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(10), "proposal:3", "contract:2<proposal", "onboarding:30<contract")
        .addMilestone(Plans.closing("signed", DAY_0.plusDays(10)))
        .build();
    plan = plan.withCommitments(plan.commitments().stream()
        .map(c -> c.id().key().equals("contract") ? c.withMilestone(MilestoneId.of("signed")) : c)
        .collect(Collectors.toList()));

    Schedule schedule = EVERY_DAY.schedule(plan);

    assertThat(schedule.projectedClose()).isEqualTo(DAY_0.plusDays(4));
    assertThat(schedule.milestoneDate(MilestoneId.of("signed"))).contains(DAY_0.plusDays(4));
    assertThat(schedule.closeSlack()).isEqualTo(6);
    ScheduledCommitment onboarding = schedule.commitment(id("onboarding")).get();
    assertThat(onboarding.leadsToClose()).isFalse();
    assertThat(onboarding.totalSlack()).isZero();
    assertThat(schedule.criticalPath()).containsExactly(id("proposal"), id("contract"));
  }

  @Test
  void asOfADayDoneWorkStandsAtItsCompletionAndOverdueWorkIsPushedToThatDay() {
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(30), "a:3", "b:4<a", "c:2<b").build();
    plan = plan.withCommitments(
        plan.commitments().get(0).withStatus(CommitmentStatus.DONE).withCompletedOn(DAY_0.plusDays(5)),
        plan.commitments().get(1), plan.commitments().get(2));
    Schedule schedule = EVERY_DAY.schedule(plan, DAY_0.plusDays(10));

    assertThat(schedule.commitment(id("a")).get().earlyFinish()).isEqualTo(DAY_0.plusDays(5));
    // b could have started on day 6, but nothing left to do starts before the as-of day.
    assertThat(schedule.commitment(id("b")).get().earlyStart()).isEqualTo(DAY_0.plusDays(10));
    assertThat(schedule.commitment(id("c")).get().earlyFinish()).isEqualTo(DAY_0.plusDays(15));
    assertThat(schedule.asOf()).contains(DAY_0.plusDays(10));
  }

  @Test
  void missedDatesAreReportedAsConflictsNotThrown() {
    MutualActionPlan.Builder builder = network(DAY_0, DAY_0.plusDays(30), "a:5")
        .addMilestone(Plans.closing("signed", DAY_0.plusDays(5)));
    builder.addCommitment(commitment("review:2<a").withDue(DAY_0.plusDays(5)).withMilestone(MilestoneId.of("signed")));
    builder.addCommitment(commitment("briefing:1<a").withStart(DAY_0.plusDays(3)).withFixed(true));
    Schedule schedule = EVERY_DAY.schedule(builder.build());

    // In the plan's order: the review, then the briefing, then the milestone.
    assertThat(schedule.conflicts()).extracting(ScheduleConflict::toString).containsExactly(
        "DUE_DATE_MISSED review: 2027-03-06, scheduled 2027-03-07 (+1)",
        "FIXED_DATE_MISSED briefing: 2027-03-04, scheduled 2027-03-06 (+2)",
        "MILESTONE_LATE signed: 2027-03-06, scheduled 2027-03-07 (+1)");
  }

  @Test
  void aCancelledCommitmentIsNotScheduledAndItsDependentsWaitForWhatItWaitedFor() {
    MutualActionPlan plan = network(DAY_0, DAY_0.plusDays(30), "a:3", "b:10<a", "c:2<b").build();
    plan = plan.withCommitments(plan.commitments().get(0),
        plan.commitments().get(1).withStatus(CommitmentStatus.CANCELLED), plan.commitments().get(2));

    Schedule schedule = EVERY_DAY.schedule(plan);

    assertThat(schedule.commitment(id("b"))).isEmpty();
    assertThat(schedule.commitment(id("c")).get().earlyStart()).isEqualTo(DAY_0.plusDays(3));
    assertThat(schedule.commitments()).extracting(ScheduledCommitment::id).containsExactly(id("a"), id("c"));
  }

  @Test
  void aPlanThatSpansADecadeBeyondTheSharedTablesHasTheLateDatesOfOneThatSpansAMonth() {
    // The calendars' shared tables end with 2109. The plan starts in 2105; b is fixed ten years on, beyond them;
    // the close is bound by the target close, a month on.
    LocalDate start = LocalDate.of(2105, 3, 2);
    LocalDate farDay = start.plusYears(PlanLimits.MAX_SPAN_YEARS);
    MutualActionPlan far = spanning(start, farDay);
    MutualActionPlan near = spanning(start, start.plusDays(10));

    Schedule schedule = EVERY_DAY.schedule(far);

    assertThat(schedule.commitment(id("c")).get().earlyStart()).isEqualTo(farDay.plusDays(2));
    assertThat(schedule.commitment(id("e")).get().earlyStart()).isEqualTo(farDay.plusDays(3));
    // y waits, through the cancelled x, for b.
    assertThat(schedule.commitment(id("y")).get().earlyStart()).isEqualTo(farDay.plusDays(2));
    assertThat(schedule.projectedClose()).isEqualTo(farDay.plusDays(4));
    // Late dates count back from the target close, however far b is.
    assertThat(schedule.commitments()).extracting(ScheduledCommitment::lateFinish)
        .containsExactlyElementsOf(EVERY_DAY.schedule(near).commitments().stream()
            .map(ScheduledCommitment::lateFinish).collect(Collectors.toList()));
    assertThat(schedule.commitment(id("b")).get().lateFinish()).isEqualTo(start.plusDays(27)); // x passes 29 on
    assertThat(schedule.commitment(id("a")).get().lateFinish()).isEqualTo(start.plusDays(24)); // d starts by 25
    assertThat(schedule.commitment(id("b")).get().totalSlack())
        .isEqualTo(-(int) (farDay.plusDays(1).toEpochDay() - start.plusDays(27).toEpochDay()));
    assertThat(schedule.criticalPath()).containsExactly(id("b"), id("c"), id("e"));
  }

  /** a, then b fixed on a day, c after b, d beside it, e after c and d; y after b through the cancelled x. */
  private static MutualActionPlan spanning(LocalDate start, LocalDate fixedDay) {
    MutualActionPlan.Builder plan = network(start, start.plusDays(30), "a:3");
    plan.addCommitment(commitment("b:2<a").withStart(fixedDay).withFixed(true));
    plan.addCommitment(commitment("c:1<b"));
    plan.addCommitment(commitment("d:4<a"));
    plan.addCommitment(commitment("e:2<c,d"));
    plan.addCommitment(commitment("x:1<b").withStatus(CommitmentStatus.CANCELLED));
    plan.addCommitment(commitment("y:1<x"));
    return plan.build();
  }

  private static MutualActionPlan withDuration(MutualActionPlan plan, String key, int days) {
    return plan.withCommitments(plan.commitments().stream()
        .map(c -> c.id().key().equals(key) ? c.withDurationDays(days) : c).collect(Collectors.toList()));
  }

  /** A plan of a PSPLIB single-mode instance: its jobs as commitments, without the dummy source and sink. */
  static MutualActionPlan psplib(String resource, LocalDate start) throws IOException {
    List<String> lines;
    try (InputStream in = CriticalPathExamplesTest.class.getResourceAsStream(resource)) {
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n"));
    }
    Map<Integer, List<Integer>> successors = new HashMap<>();
    Map<Integer, Integer> durations = new HashMap<>();
    String section = "";
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      if (!line.isEmpty() && (Character.isUpperCase(line.charAt(0)) || line.charAt(0) == '*')) {
        section = line.substring(0, Math.min(3, line.length())); // a header: PRECEDENCE, REQUESTS, RESOURCES...
      } else if (!f[0].matches("\\d+")) {
        continue;
      } else if (section.equals("PRE")) {
        List<Integer> next = new ArrayList<>();
        for (int k = 3; k < f.length; k++) {
          next.add(Integer.parseInt(f[k]));
        }
        successors.put(Integer.parseInt(f[0]), next);
      } else if (section.equals("REQ")) {
        durations.put(Integer.parseInt(f[0]), Integer.parseInt(f[2]));
      }
    }
    Map<Integer, List<Integer>> predecessors = new HashMap<>();
    successors.forEach((job, next) -> next.forEach(s -> predecessors.computeIfAbsent(s, k -> new ArrayList<>()).add(job)));
    MutualActionPlan.Builder plan = network(start, start.plusDays(365));
    for (int job = 1; job <= durations.size(); job++) {
      if (durations.get(job) == 0) {
        continue; // the dummy source and sink
      }
      Commitment.Builder c = Commitment.builder().from(commitment("job-" + job + ":" + durations.get(job)));
      for (int p : predecessors.getOrDefault(job, List.of())) {
        if (durations.get(p) > 0) {
          c.addDependsOn(id("job-" + p));
        }
      }
      plan.addCommitment(c.build());
    }
    return plan.build();
  }
}
