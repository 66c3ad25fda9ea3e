package io.github.mutualplan.schedule;

import static io.github.mutualplan.schedule.Plans.commitment;
import static io.github.mutualplan.schedule.Plans.network;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an agreed date means to the timeline, by example: a commitment with a due date finishes no earlier than
 * it. It is planned to finish on its due date, or later when what it waits for makes that impossible, which is
 * then reported as missed; what waits for it, and the close, follow.
 */
class AgreedDatesExamplesTest {
  static final Scheduler EVERY_DAY = Scheduler.of(ScheduleOptions.of(WorkCalendar.everyDay(), WorkCalendar.everyDay()));
  static final LocalDate DAY_0 = LocalDate.of(2027, 3, 1);

  static CommitmentId id(String key) {
    return CommitmentId.of(key);
  }

  static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }

  @Test
  void aCommitmentFinishesOnItsAgreedDateAndWhatWaitsForItFollows() {
    // a(3) -> b(2, due day 10) -> c(1): b could finish on day 4, but it is agreed for day 10.
    MutualActionPlan plan = network(DAY_0, day(20), "a:3")
        .addCommitment(commitment("b:2<a").withDue(day(10)))
        .addCommitment(commitment("c:1<b"))
        .build();

    Schedule schedule = EVERY_DAY.schedule(plan);

    ScheduledCommitment b = schedule.commitment(id("b")).get();
    assertThat(b.earlyStart()).isEqualTo(day(9));   // its due date less its two days
    assertThat(b.earlyFinish()).isEqualTo(day(10)); // on its due date
    assertThat(schedule.commitment(id("c")).get().earlyStart()).isEqualTo(day(11));
    assertThat(schedule.projectedClose()).isEqualTo(day(11));
    assertThat(schedule.conflicts()).isEmpty();
    // a has six days of room before b starts, and the nine days from the close to the target; b's start was
    // set by its agreed date, not by a, so the critical path starts at b.
    assertThat(schedule.closeSlack()).isEqualTo(9);
    assertThat(schedule.commitment(id("a")).get().lateFinish()).isEqualTo(day(17));
    assertThat(schedule.commitment(id("a")).get().totalSlack()).isEqualTo(6 + 9);
    assertThat(schedule.commitment(id("b")).get().totalSlack()).isEqualTo(9);
    assertThat(schedule.criticalPath()).containsExactly(id("b"), id("c"));
  }

  @Test
  void anAgreedDateTheNetworkCannotMeetIsReportedAsMissed() {
    // b is agreed for day 3, but a takes until day 4: b finishes two days late, and the conflict says so.
    MutualActionPlan plan = network(DAY_0, day(20), "a:5")
        .addCommitment(commitment("b:1<a").withDue(day(3)))
        .build();

    Schedule schedule = EVERY_DAY.schedule(plan);

    assertThat(schedule.commitment(id("b")).get().earlyFinish()).isEqualTo(day(5));
    assertThat(schedule.conflicts()).extracting(ScheduleConflict::toString)
        .containsExactly("DUE_DATE_MISSED b: 2027-03-04, scheduled 2027-03-06 (+2)");
    assertThat(schedule.criticalPath()).containsExactly(id("a"), id("b"));
  }

  @Test
  void anAgreedDateOnADayOffIsKeptOnTheLastWorkingDayBeforeIt() {
    LocalDate monday = LocalDate.of(2027, 3, 1);
    LocalDate saturday = LocalDate.of(2027, 3, 13);
    MutualActionPlan plan = network(monday, monday.plusDays(60))
        .addCommitment(commitment("buyer:review:3").withDue(saturday))
        .build();

    ScheduledCommitment review = Scheduler.of(ScheduleOptions.defaults()).schedule(plan)
        .commitment(id("review")).get();

    assertThat(review.earlyStart()).isEqualTo(LocalDate.of(2027, 3, 10));  // Wednesday
    assertThat(review.earlyFinish()).isEqualTo(LocalDate.of(2027, 3, 12)); // Friday
  }

  /**
   * The README's example: the buyer's security officer moves their pledge ten working days later. It is on
   * the critical path, so the close moves ten working days too; a pledge with room to spare moves nothing.
   */
  @Test
  void theBuyerMovingAPledgeTenDaysLaterMovesTheCloseWhenThePledgeIsCritical() {
    PlanEditor editor = PlanEditor.standard();
    Instant monday = Instant.parse("2027-01-11T15:00:00Z");
    CommitmentId securityReview = CommitmentId.of("security-risk-assessment");
    CommitmentId budget = CommitmentId.of("budget-approval");
    PlanHistory history = SamplePlans.agreedHistory(editor, monday);
    // The pledges as agreed: the security risk assessment by 12 March, the budget by 12 February.
    history = editor.apply(history, PlanChange.rescheduleCommitment(securityReview, LocalDate.of(2027, 3, 12)),
        SamplePlans.LEE_CISO, monday.plusSeconds(86_400));
    history = editor.apply(history, PlanChange.rescheduleCommitment(budget, LocalDate.of(2027, 2, 12)),
        SamplePlans.DANA_CFO, monday.plusSeconds(2 * 86_400));
    MutualActionPlan agreed = history.current();
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults());
    Schedule before = scheduler.schedule(agreed);
    assertThat(before.criticalPath()).containsExactly(securityReview, CommitmentId.of("contract-signature"));
    assertThat(before.projectedClose()).isEqualTo(LocalDate.of(2027, 3, 19)); // the contract, the week after

    // Lee moves the pledge ten working days later, as in the README.
    history = editor.apply(history, PlanChange.rescheduleCommitment(securityReview, LocalDate.of(2027, 3, 26)),
        SamplePlans.LEE_CISO, monday.plusSeconds(3 * 86_400));

    SlipImpact impact = scheduler.impact(agreed, history.current());
    assertThat(impact.closeAfter()).isEqualTo(LocalDate.of(2027, 4, 2));
    assertThat(impact.closeShift()).isEqualTo(10);
    assertThat(impact.shifts()).extracting(s -> s.id().key() + " +" + s.workingDays())
        .containsExactly("security-risk-assessment +10", "contract-signature +10", "onboarding-kickoff +10");
    assertThat(history.current().status()).isEqualTo(PlanStatus.SHARED); // a material change: sign again

    // Dana moving the budget ten working days later stays within its room: the close does not move.
    MutualActionPlan budgetLater = editor.apply(history.current(),
        PlanChange.rescheduleCommitment(budget, LocalDate.of(2027, 2, 26)), SamplePlans.DANA_CFO,
        monday.plusSeconds(4 * 86_400)).plan();
    assertThat(scheduler.impact(history.current(), budgetLater).closeShift()).isZero();
  }

  @Test
  void asOfADayWhatHappenedWinsOverTheAgreedDate() {
    // a was agreed for day 10 and done on day 2; b is in progress since day 3, agreed for day 12.
    MutualActionPlan plan = network(DAY_0, day(30), "a:3", "b:2<a", "c:1<b").build();
    Commitment a = plan.commitments().get(0).withDue(day(10)).withStatus(CommitmentStatus.DONE)
        .withCompletedOn(day(2));
    Commitment b = plan.commitments().get(1).withDue(day(12)).withStart(day(3))
        .withStatus(CommitmentStatus.IN_PROGRESS);
    plan = plan.withCommitments(a, b, plan.commitments().get(2));

    Schedule asOfDay5 = EVERY_DAY.schedule(plan, day(5));
    Schedule asOfDay20 = EVERY_DAY.schedule(plan, day(20));

    assertThat(asOfDay5.commitment(id("a")).get().earlyFinish()).isEqualTo(day(2)); // done: its completion
    // In progress: the latest of its start plus its duration (day 4), the as-of day and its agreed date.
    assertThat(asOfDay5.commitment(id("b")).get().earlyStart()).isEqualTo(day(3));
    assertThat(asOfDay5.commitment(id("b")).get().earlyFinish()).isEqualTo(day(12));
    assertThat(asOfDay20.commitment(id("b")).get().earlyFinish()).isEqualTo(day(20));
    assertThat(asOfDay20.conflicts()).extracting(ScheduleConflict::toString)
        .containsExactly("DUE_DATE_MISSED b: 2027-03-13, scheduled 2027-03-21 (+8)");
  }

  @Test
  void aFixedCommitmentKeepsItsDayAndTakesUntilItsAgreedDate() {
    // A workshop fixed on day 4, one day long, with its minutes agreed for day 8: it starts on its day and
    // what waits for it starts after day 8.
    MutualActionPlan plan = network(DAY_0, day(30), "a:2")
        .addCommitment(commitment("workshop:1<a").withStart(day(4)).withFixed(true).withDue(day(8)))
        .addCommitment(commitment("follow-up:1<workshop"))
        .build();

    Schedule schedule = EVERY_DAY.schedule(plan);

    ScheduledCommitment workshop = schedule.commitment(id("workshop")).get();
    assertThat(workshop.earlyStart()).isEqualTo(day(4));
    assertThat(workshop.earlyFinish()).isEqualTo(day(8));
    assertThat(schedule.commitment(id("follow-up")).get().earlyStart()).isEqualTo(day(9));
    assertThat(schedule.conflicts()).isEmpty();
    assertThat(schedule.criticalPath()).containsExactly(id("workshop"), id("follow-up"));
  }

  @Test
  void aCancelledCommitmentsAgreedDateHoldsNothing() {
    MutualActionPlan plan = network(DAY_0, day(30), "a:3")
        .addCommitment(commitment("b:2<a").withDue(day(20)).withStatus(CommitmentStatus.CANCELLED))
        .addCommitment(commitment("c:1<b"))
        .build();

    Schedule schedule = EVERY_DAY.schedule(plan);

    assertThat(schedule.commitment(id("c")).get().earlyStart()).isEqualTo(day(3)); // right after a
    assertThat(schedule.conflicts()).isEmpty();
  }

  @Test
  void aCommitmentWhoseDurationComesFromItsDatesRunsFromItsStartToItsDueDate() {
    // No duration: the working days from its start to its due date, Monday 8 to Friday 19 March (ten).
    MutualActionPlan plan = network(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1), "kickoff:2")
        .addCommitment(Commitment.builder().from(commitment("pilot:1<kickoff")).durationDays(OptionalInt.empty())
            .start(LocalDate.of(2027, 3, 8)).due(LocalDate.of(2027, 3, 19)).build())
        .build();

    ScheduledCommitment pilot = Scheduler.of(ScheduleOptions.defaults()).schedule(plan)
        .commitment(id("pilot")).get();

    assertThat(pilot.durationDays()).isEqualTo(10);
    assertThat(pilot.earlyStart()).isEqualTo(LocalDate.of(2027, 3, 8));
    assertThat(pilot.earlyFinish()).isEqualTo(LocalDate.of(2027, 3, 19));
  }

  @Test
  void aPlanDatedFromItsOwnScheduleSchedulesToTheSameDates() {
    // What a template instantiation does: every commitment due on its early finish. Scheduled again, nothing
    // moves, and nothing is missed.
    MutualActionPlan plan = network(DAY_0, day(40), "a:3", "b:4<a", "c:2<a", "d:5<b,c", "e:1<d").build();
    Schedule first = EVERY_DAY.schedule(plan);
    List<Commitment> dated = plan.commitments().stream().map(c -> c
        .withStart(first.commitment(c.id()).get().earlyStart())
        .withDue(first.commitment(c.id()).get().earlyFinish())).collect(Collectors.toList());

    Schedule again = EVERY_DAY.schedule(plan.withCommitments(dated));

    for (ScheduledCommitment s : first.commitments()) {
      assertThat(again.commitment(s.id()).get()).usingRecursiveComparison().isEqualTo(s);
    }
    assertThat(again.conflicts()).isEmpty();
  }
}
