package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Violation;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day a commitment started, as the changes record it: what happened, beside the start both sides agreed.
 * The healthcare plan starts on Monday 11 January 2027; its discovery workshops start on the Wednesday.
 */
class StartedOnExamplesTest {
  static final Instant AT = Instant.parse("2027-01-18T14:00:00Z");
  static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");
  static final LocalDate WEDNESDAY = LocalDate.of(2027, 1, 13);

  final PlanEditor editor = PlanEditor.standard();

  MutualActionPlan apply(MutualActionPlan plan, PlanChange change) {
    return editor.apply(plan, change, ALEX_AE, AT).plan();
  }

  ChangeRejectedException refused(MutualActionPlan plan, PlanChange change) {
    ChangeRejectedException e = catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(plan, change, ALEX_AE, AT));
    assertThat(e).as("the change is refused").isNotNull();
    return e;
  }

  static Commitment discovery(MutualActionPlan plan) {
    return plan.commitment(DISCOVERY).orElseThrow();
  }

  @Test
  void startingOnADayRecordsTheDayAndKeepsTheAgreedStart() {
    MutualActionPlan started = apply(PLAN, PlanChange.startCommitment(DISCOVERY, WEDNESDAY));

    assertThat(discovery(started).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(discovery(started).startedOn()).contains(WEDNESDAY);
    assertThat(discovery(started).start()).isEqualTo(discovery(PLAN).start());
    assertThat(PlanDiff.between(PLAN, started).differences()).extracting(Object::toString).containsExactly(
        "commitments[discovery].status: OPEN -> IN_PROGRESS",
        "commitments[discovery].startedOn: (none) -> 2027-01-13");
    // Starting, on a day or not, is not material: it moves no agreed date.
    assertThat(PlanPolicy.standard().isMaterial(PlanDiff.between(PLAN, started))).isFalse();
    // When the day is not known, none is invented.
    assertThat(discovery(apply(PLAN, PlanChange.startCommitment(DISCOVERY))).startedOn()).isEmpty();
  }

  @Test
  void theDayStaysThroughBlockingReschedulingSlippingCancellingAndCompleting() {
    MutualActionPlan started = apply(PLAN, PlanChange.startCommitment(DISCOVERY, WEDNESDAY));
    MutualActionPlan blocked = apply(started, PlanChange.blockCommitment(DISCOVERY, "Waiting for IT"));

    assertThat(discovery(blocked).startedOn()).contains(WEDNESDAY);
    // Started again without a day, it keeps the day it first started; a day given replaces it.
    assertThat(discovery(apply(blocked, PlanChange.startCommitment(DISCOVERY))).startedOn()).contains(WEDNESDAY);
    assertThat(discovery(apply(blocked, PlanChange.startCommitment(DISCOVERY, WEDNESDAY.plusDays(7)))).startedOn())
        .contains(WEDNESDAY.plusDays(7));
    // Agreed dates move; what happened stays.
    MutualActionPlan moved = apply(started, PlanChange.rescheduleCommitment(DISCOVERY, WEDNESDAY.plusDays(5),
        WEDNESDAY.plusDays(12)));
    assertThat(discovery(moved).start()).contains(WEDNESDAY.plusDays(5));
    assertThat(discovery(moved).startedOn()).contains(WEDNESDAY);
    assertThat(discovery(apply(started, PlanChange.slipCommitment(DISCOVERY, 2))).startedOn()).contains(WEDNESDAY);
    assertThat(discovery(apply(started, PlanChange.cancelCommitment(DISCOVERY, "Done by the buyer's IT")))
        .startedOn()).contains(WEDNESDAY);
    Commitment done = discovery(apply(started, PlanChange.completeCommitment(DISCOVERY, WEDNESDAY.plusDays(6))));
    assertThat(done.startedOn()).contains(WEDNESDAY);
    assertThat(done.completedOn()).contains(WEDNESDAY.plusDays(6));
  }

  @Test
  void aDayBeforeThePlansStartIsRefused() {
    ChangeRejectedException e = refused(PLAN, PlanChange.startCommitment(DISCOVERY, LocalDate.of(2027, 1, 8)));

    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.DATE_ORDER, "commitments[discovery].startedOn",
        "2027-01-08 is before the plan's start 2027-01-11"));
    assertThat(e.change()).isEqualTo("StartCommitment");
  }

  @Test
  void aCompletionBeforeTheDayItStartedIsRefused() {
    MutualActionPlan started = apply(PLAN, PlanChange.startCommitment(DISCOVERY, WEDNESDAY));

    ChangeRejectedException e = refused(started, PlanChange.completeCommitment(DISCOVERY, WEDNESDAY.minusDays(1)));

    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.DATE_ORDER, "commitments[discovery].startedOn",
        "2027-01-13 is after its completion date 2027-01-12"));
    // Done on the day it started is fine.
    assertThat(discovery(apply(started, PlanChange.completeCommitment(DISCOVERY, WEDNESDAY))).status())
        .isEqualTo(CommitmentStatus.DONE);
  }

  @Test
  void anUpdateKeepsTheDayItStarted() {
    MutualActionPlan started = apply(PLAN, PlanChange.startCommitment(DISCOVERY, WEDNESDAY));
    Commitment renamed = discovery(started).withTitle("Discovery workshops, in person");

    assertThat(discovery(apply(started, PlanChange.updateCommitment(renamed))).startedOn()).contains(WEDNESDAY);
    ChangeRejectedException e = refused(started,
        PlanChange.updateCommitment(renamed.withStartedOn(WEDNESDAY.plusDays(1))));
    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.LIFECYCLE, "commitments[discovery].status",
        "an update keeps the status, the day it started and the completion date of commitment 'discovery'; start,"
            + " complete, block or cancel it instead"));
  }
}
