package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.schedule.SlipImpact;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A slip by example: a commitment that will take N working days longer, recorded as a change of the plan
 * alone (no calendar): its duration and estimate grow by N, its due date moves N working days later, counted
 * Monday to Friday. Who may say so, what it does to the sign-offs, and to the close.
 */
class SlipExamplesTest {
  static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");
  static final CommitmentId SECURITY_RISK_ASSESSMENT = CommitmentId.of("security-risk-assessment");
  static final CommitmentId SECURITY_QUESTIONNAIRE = CommitmentId.of("security-questionnaire");
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");
  static final PlanEditor EDITOR = PlanEditor.standard();

  /** The healthcare plan shared and signed off, the security risk assessment due Friday 12 March. */
  static PlanHistory agreed() {
    PlanHistory history = PlanHistory.of(SamplePlans.healthcareClosingPlan().build());
    history = EDITOR.apply(history, PlanChange.updateCommitment(history.current()
        .commitment(SECURITY_RISK_ASSESSMENT).get().withDue(LocalDate.of(2027, 3, 12))
        .withEstimate(DurationEstimate.of(10, 15, 25))), ALEX_AE, MONDAY);
    return agree(history, MONDAY.plusSeconds(60));
  }

  /** The history with Dana named the economic buyer, the plan shared with Maria and signed off by both owners. */
  static PlanHistory agree(PlanHistory history, Instant at) {
    history = EDITOR.apply(history, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE, at);
    history = EDITOR.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, at.plusSeconds(60));
    history = EDITOR.apply(history, PlanChange.signOff(), ALEX_AE, at.plusSeconds(120));
    return EDITOR.apply(history, PlanChange.signOff(), MARIA_OPS, at.plusSeconds(180));
  }

  static Commitment commitment(PlanHistory history, CommitmentId id) {
    return history.current().commitment(id).get();
  }

  @Test
  void aSlipLengthensTheCommitmentAndMovesItsDueDateAsManyWorkingDays() {
    PlanHistory agreed = agreed();
    PlanHistory history = EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 3), LEE_CISO,
        MONDAY.plusSeconds(86_400));

    Commitment slipped = commitment(history, SECURITY_RISK_ASSESSMENT);
    assertThat(slipped.durationDays()).hasValue(15 + 3);
    assertThat(slipped.estimate()).contains(DurationEstimate.of(13, 18, 28));
    assertThat(slipped.due()).contains(LocalDate.of(2027, 3, 17)); // Friday 12, then Monday to Wednesday
    assertThat(history.diff(agreed.current().version(), history.current().version()).differences())
        .extracting(Object::toString).contains(
            "commitments[security-risk-assessment].due: 2027-03-12 -> 2027-03-17",
            "commitments[security-risk-assessment].durationDays: 15 -> 18",
            "commitments[security-risk-assessment].estimate: 10/15/25 -> 13/18/28");
  }

  @Test
  void aSlipIsMaterialTheOwnersSignAgainAndTheCloseMoves() {
    PlanHistory agreed = agreed();
    MutualActionPlan before = agreed.current();
    assertThat(before.status()).isEqualTo(PlanStatus.AGREED);

    PlanHistory slipped = EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 10), LEE_CISO,
        MONDAY.plusSeconds(86_400));

    assertThat(slipped.current().status()).isEqualTo(PlanStatus.SHARED);
    assertThat(slipped.current().signOffs()).allMatch(s -> s.stale());
    assertThat(((PlanEvent.ChangeApplied) slipped.eventsAfter(before.version()).get(0)).material()).isTrue();
    // The same slip weighed before it is made, and the plan after it, move the close alike: ten working days.
    Scheduler scheduler = Scheduler.of(ScheduleOptions.defaults());
    SlipImpact weighed = scheduler.impact(before, SECURITY_RISK_ASSESSMENT, 10);
    SlipImpact made = scheduler.impact(before, slipped.current());
    assertThat(weighed.closeBefore()).isEqualTo(LocalDate.of(2027, 3, 19));
    assertThat(weighed.closeAfter()).isEqualTo(LocalDate.of(2027, 4, 2));
    assertThat(weighed.closeShift()).isEqualTo(10);
    assertThat(made).isEqualTo(weighed);
  }

  @Test
  void theOwingSidesPeopleSlipACommitmentAndSoDoTheOwnersWhenItIsShared() {
    PlanHistory agreed = agreed();
    Instant later = MONDAY.plusSeconds(86_400);

    // The buyer's people slip a customer pledge, and the seller's owner may record it too.
    EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 2), DANA_CFO, later);
    EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 2), ALEX_AE, later);
    // The seller's other people may not.
    ChangeNotPermittedException seller = catchThrowableOfType(ChangeNotPermittedException.class,
        () -> EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 2), SAM_SE, later));
    assertThat(seller.reasons()).containsExactly("only the BUYER side changes commitments[security-risk-assessment];"
        + " 'sam-ortiz' is on the SELLER side");
    // The buyer's co-owner slips a shared commitment of the seller's; the buyer's other people do not.
    EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_QUESTIONNAIRE, 2), MARIA_OPS, later);
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class,
        () -> EDITOR.apply(agreed, PlanChange.slipCommitment(SECURITY_QUESTIONNAIRE, 2), LEE_CISO, later)))
        .isNotNull();
  }

  @Test
  void noBuyerSlipsAnInternalCommitmentNorAnythingOfAClosingPlan() {
    Commitment dealDesk = Commitment.builder().id(CommitmentId.of("deal-desk")).title("Discount approved")
        .owingSide(Side.SELLER).durationDays(3).visibility(Visibility.INTERNAL)
        .addResponsibility(Responsibility.accountable(ALEX_AE)).build();
    PlanHistory closing = EDITOR.apply(PlanHistory.of(SamplePlans.healthcareClosingPlan().buyerCoOwner(MARIA_OPS)
        .build()), PlanChange.addCommitment(dealDesk), ALEX_AE, MONDAY);

    ChangeNotPermittedException buyerInClosingPlan = catchThrowableOfType(ChangeNotPermittedException.class,
        () -> EDITOR.apply(closing, PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 1), MARIA_OPS, MONDAY));
    assertThat(buyerInClosingPlan.reasons()).containsExactly("a closing plan is the seller's; 'maria-lopez' is on"
        + " the BUYER side");

    PlanHistory shared = agree(closing, MONDAY.plusSeconds(60));
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class,
        () -> EDITOR.apply(shared, PlanChange.slipCommitment(dealDesk.id(), 1), MARIA_OPS, MONDAY.plusSeconds(86_400))))
        .isNotNull();
    EDITOR.apply(shared, PlanChange.slipCommitment(dealDesk.id(), 1), SAM_SE, MONDAY.plusSeconds(86_400));
  }

  @Test
  void whatIsDoneOrCancelledDoesNotSlip() {
    PlanHistory history = EDITOR.apply(agreed(), PlanChange.completeCommitment(DISCOVERY, LocalDate.of(2027, 1, 15)),
        ALEX_AE, MONDAY.plusSeconds(86_400));

    ChangeRejectedException done = catchThrowableOfType(ChangeRejectedException.class,
        () -> EDITOR.apply(history, PlanChange.slipCommitment(DISCOVERY, 1), ALEX_AE, MONDAY.plusSeconds(90_000)));

    assertThat(done.reasons()).containsExactly("commitment 'discovery' is DONE; only a commitment that is [OPEN,"
        + " IN_PROGRESS, BLOCKED] can be slipped");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scheduler.of(ScheduleOptions.defaults()).impact(history.current(), DISCOVERY, 1))
        .withMessage("commitment: 'discovery' is DONE; only a commitment that is neither done nor cancelled slips");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scheduler.of(ScheduleOptions.defaults()).impact(history.current(),
            CommitmentId.of("no-such-step"), 1))
        .withMessage("commitment: the plan has no commitment 'no-such-step'");
  }

  @Test
  void aSlipIsOneToTenYearsOfWorkingDaysAndMayNotTakeThePlanBeyondItsLimits() {
    for (int days : new int[] {0, -1, Integer.MIN_VALUE}) {
      PlanValidationException e = catchThrowableOfType(PlanValidationException.class,
          () -> PlanChange.slipCommitment(DISCOVERY, days));
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(PlanRule.VALID_VALUES);
        assertThat(v.toString()).isEqualTo("workingDays: must be from 1 to 2610 working days (was " + days + ")");
      });
    }
    PlanValidationException tooLong = catchThrowableOfType(PlanValidationException.class,
        () -> PlanChange.slipCommitment(DISCOVERY, PlanLimits.MAX_DURATION_DAYS + 1));
    assertThat(tooLong.violations()).singleElement().extracting(v -> v.rule()).isEqualTo(PlanRule.WITHIN_LIMITS);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scheduler.of(ScheduleOptions.defaults()).impact(agreed().current(), DISCOVERY, 0))
        .withMessage("workingDays: must be from 1 to 2610 working days (was 0)");

    // Discovery takes 5 working days: slipped by the longest duration, it would take longer than any may.
    ChangeRejectedException beyond = catchThrowableOfType(ChangeRejectedException.class, () -> EDITOR.apply(
        agreed(), PlanChange.slipCommitment(DISCOVERY, PlanLimits.MAX_DURATION_DAYS), ALEX_AE,
        MONDAY.plusSeconds(86_400)));
    assertThat(beyond.reasons()).containsExactly("commitments[discovery].durationDays: must be at most 2610 working"
        + " days (was 2615)");
  }

  @Test
  void aCommitmentWithoutADurationSlipsFromItsDatesOrFromItsOneDay() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    Commitment fromDates = plan.commitment(DISCOVERY).get().withDurationDays(OptionalInt.empty())
        .withStart(LocalDate.of(2027, 1, 11)).withDue(LocalDate.of(2027, 1, 15));
    Commitment dueOnly = plan.commitment(SECURITY_QUESTIONNAIRE).get().withDurationDays(OptionalInt.empty())
        .withDue(LocalDate.of(2027, 2, 5));
    PlanHistory history = PlanHistory.of(plan.withCommitments(plan.commitments().stream()
        .map(c -> c.id().equals(DISCOVERY) ? fromDates : c.id().equals(SECURITY_QUESTIONNAIRE) ? dueOnly : c)
        .collect(Collectors.toList())));

    history = EDITOR.apply(history, PlanChange.slipCommitment(DISCOVERY, 2), ALEX_AE, MONDAY);
    history = EDITOR.apply(history, PlanChange.slipCommitment(SECURITY_QUESTIONNAIRE, 2), ALEX_AE, MONDAY);

    // From its dates: it still has none, and runs from Monday 11 to Tuesday 19 January: two more working days.
    assertThat(commitment(history, DISCOVERY).durationDays()).isEmpty();
    assertThat(commitment(history, DISCOVERY).due()).contains(LocalDate.of(2027, 1, 19));
    // Only a due date: it took one working day, and takes three.
    assertThat(commitment(history, SECURITY_QUESTIONNAIRE).durationDays()).hasValue(3);
    assertThat(commitment(history, SECURITY_QUESTIONNAIRE).due()).contains(LocalDate.of(2027, 2, 9));
  }

  @Test
  void aHistoryWithASlipReplaysToTheSamePlan() {
    PlanHistory history = EDITOR.apply(agreed(), PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 4), LEE_CISO,
        MONDAY.plusSeconds(86_400));

    assertThat(PlanHistory.replay(history.first(), history.events(), PlanPolicy.standard())).isEqualTo(history);
  }

  @Test
  void theSellersPeopleHearOfABuyersSlipAsTheyHearOfAReschedule() {
    List<PlanNotification> heard = new java.util.ArrayList<>();
    PlanEditor listening = EDITOR.withListener(heard::add);

    listening.apply(agreed(), PlanChange.slipCommitment(SECURITY_RISK_ASSESSMENT, 1), LEE_CISO,
        MONDAY.plusSeconds(86_400));

    assertThat(heard.get(0).event()).isInstanceOf(PlanEvent.ChangeApplied.class);
    assertThat(heard.get(0).recipients()).contains(ALEX_AE);
    assertThat(heard.get(1).recipients()).contains(MARIA_OPS);
  }
}
