package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored history is an audit trail: replaying it re-applies every change as a live edit would, so whoever can
 * write the store still cannot forge a change, a permission or a signature.
 */
class ForgedHistoryExamplesTest {
  static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");
  static final CommitmentId SECURITY_QUESTIONNAIRE = CommitmentId.of("security-questionnaire");
  static final CommitmentId SECURITY_RISK_ASSESSMENT = CommitmentId.of("security-risk-assessment");

  final PlanEditor editor = PlanEditor.standard();

  /** The healthcare plan, shared with Maria, signed by Alex and Maria: version 5, AGREED. */
  PlanHistory agreed() {
    return SamplePlans.agreedHistory(editor, MONDAY);
  }

  /** The history with one more event appended as it is, whoever says it happened. */
  static List<PlanEvent> plus(PlanHistory history, PlanEvent... events) {
    List<PlanEvent> all = new ArrayList<>(history.events());
    all.addAll(List.of(events));
    return all;
  }

  @Test
  void anUntouchedHistoryReplaysToTheSamePlan() {
    PlanHistory history = agreed();

    assertThat(PlanHistory.replay(history.first(), history.events())).isEqualTo(history);
    assertThat(PlanHistory.replay(history.first(), history.events()).current().status())
        .isEqualTo(PlanStatus.AGREED);
  }

  @Test
  void aChangeBySomeoneWhoIsNoStakeholderIsRefused() {
    PlanHistory history = agreed();
    StakeholderId mallory = StakeholderId.of("mallory");

    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(
        history.first(), plus(history, PlanEvent.changeApplied(6, MONDAY.plusSeconds(14_400), mallory,
            PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Approved, trust me"), false))));

    assertThat(e).hasMessage("events[5] (version 6): a live edit refuses the change: 'mallory' is not a"
        + " stakeholder of the plan");
  }

  @Test
  void aChangeTheActorMayNotMakeIsRefused() {
    PlanHistory history = agreed();

    // Lee is on the buyer's side; the security questionnaire is the seller's to move.
    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(
        history.first(), plus(history, PlanEvent.changeApplied(6, MONDAY.plusSeconds(14_400), LEE_CISO,
            PlanChange.rescheduleCommitment(SECURITY_QUESTIONNAIRE, LocalDate.of(2027, 2, 26)), true))));

    assertThat(e).hasMessageStartingWith("events[5] (version 6): a live edit refuses the change: only the SELLER"
        + " side changes commitments[security-questionnaire]; 'lee-chen' is on the BUYER side");
  }

  @Test
  void aMaterialChangeMarkedNotMaterialCannotKeepTheSignOffs() {
    PlanHistory history = agreed();
    PlanHistory moved = editor.apply(history,
        PlanChange.rescheduleCommitment(SECURITY_RISK_ASSESSMENT, LocalDate.of(2027, 3, 26)), LEE_CISO,
        MONDAY.plusSeconds(14_400));
    assertThat(moved.current().status()).isEqualTo(PlanStatus.SHARED);
    PlanEvent.ChangeApplied real = (PlanEvent.ChangeApplied) moved.events().get(5);
    assertThat(moved.events().get(6)).isInstanceOf(PlanEvent.SignOffsWentStale.class);

    // The forger marks the move not material and deletes the stale sign-offs, to keep the plan AGREED.
    List<PlanEvent> forged = plus(history,
        PlanEvent.changeApplied(real.version(), real.at(), real.actor(), real.change(), false));

    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class,
        () -> PlanHistory.replay(history.first(), forged));
    assertThat(e).hasMessage("events[5] (version 6): the event says the change is not material, but under the"
        + " policy it is");
  }

  @Test
  void anEventTheChangeSetsOffCannotBeLeftOut() {
    PlanHistory moved = editor.apply(agreed(),
        PlanChange.rescheduleCommitment(SECURITY_RISK_ASSESSMENT, LocalDate.of(2027, 3, 26)), LEE_CISO,
        MONDAY.plusSeconds(14_400));
    List<PlanEvent> withoutStale = new ArrayList<>(moved.events());
    withoutStale.remove(6);

    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class,
        () -> PlanHistory.replay(moved.first(), withoutStale));

    assertThat(e).hasMessage("events[6] (version 6): the history ends before the SignOffsWentStale event of"
        + " version 6 by 'lee-chen' at 2027-01-18T18:00:00Z (signers [alex-kim, maria-lopez]) that the change"
        + " sets off");
  }

  @Test
  void eventsOutOfOrderAndChangesThatDoNotFitAreRefused() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    CommitmentId discovery = CommitmentId.of("discovery");
    PlanHistory history = editor.apply(PlanHistory.of(plan), PlanChange.noteCommitment(discovery, "a"), ALEX_AE,
        MONDAY);
    history = editor.apply(history, PlanChange.noteCommitment(discovery, "b"), ALEX_AE, MONDAY.plusSeconds(1));
    List<PlanEvent> swapped = List.of(history.events().get(1), history.events().get(0));

    assertThat(catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(plan, swapped)))
        .hasMessage("events[0] (version 3): expected the change that made version 2, was the ChangeApplied event"
            + " of version 3 by 'alex-kim' at 2027-01-18T14:00:01Z (NoteCommitment)");
    List<PlanEvent> removedCommitment = List.of(PlanEvent.changeApplied(2, MONDAY, ALEX_AE,
        PlanChange.removeCommitment(CommitmentId.of("no-such")), true));
    assertThat(catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(plan, removedCommitment)))
        .hasMessage("events[0] (version 2): a live edit refuses the change: the plan has no commitment 'no-such'");
  }

  @Test
  void aReplayTakesThePolicyTheHistoryWasMadeUnder() {
    // A team that lets anyone on either side move any commitment.
    PlanPolicy anyoneMovesAnything = new PlanPolicy() {
      final PlanPolicy standard = PlanPolicy.standard();

      @Override
      public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
        return change instanceof PlanChange.RescheduleCommitment ? List.of() : standard.refusals(plan, change, actor);
      }

      @Override
      public boolean isMaterial(PlanDiff diff) {
        return standard.isMaterial(diff);
      }

      @Override
      public List<String> missingForSharing(MutualActionPlan plan) {
        return standard.missingForSharing(plan);
      }
    };
    PlanHistory history = editor.withPolicy(anyoneMovesAnything).apply(agreed(),
        PlanChange.rescheduleCommitment(SECURITY_QUESTIONNAIRE, LocalDate.of(2027, 2, 26)), LEE_CISO,
        MONDAY.plusSeconds(14_400));

    assertThat(PlanHistory.replay(history.first(), history.events(), anyoneMovesAnything)).isEqualTo(history);
    assertThat(catchThrowableOfType(InvalidHistoryException.class,
        () -> PlanHistory.replay(history.first(), history.events())))
        .hasMessageContaining("events[5] (version 6): a live edit refuses the change: only the SELLER side");
  }

  @Test
  void anEventDatedBeforeTheOneBeforeItIsRefused() {
    PlanHistory history = agreed();
    Instant y2001 = Instant.parse("2001-01-01T00:00:00Z");

    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(
        history.first(), plus(history, PlanEvent.changeApplied(6, y2001, ALEX_AE,
            PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Sent"), false))));

    assertThat(e).hasMessage("events[5] (version 6): the event is dated 2001-01-01T00:00:00Z, before the event"
        + " before it (" + MONDAY.plusSeconds(10_800) + "); a history is in time order");
  }

  @Test
  void aSecondSignOffOfTheSameContentIsRefused() {
    PlanHistory history = agreed();
    Instant later = MONDAY.plusSeconds(14_400);

    InvalidHistoryException e = catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(
        history.first(), plus(history, PlanEvent.changeApplied(6, later, ALEX_AE, PlanChange.signOff(), false))));

    assertThat(e).hasMessage("events[5] (version 6): a live edit refuses the change: 'alex-kim' has signed off"
        + " already (version 3) and nothing material has changed since");
  }

  @Test
  void aTimeOutsideTheLimitsIsRefusedLiveAndInAReplay() {
    PlanHistory history = agreed();
    Instant farFuture = Instant.parse("+10000-01-01T00:00:00Z");
    PlanChange note = PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Sent");

    assertThat(catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(history, note, ALEX_AE, farFuture)).reasons())
        .containsExactly("the time +10000-01-01T00:00:00Z is not within the years 1900 to 2999");
    assertThat(catchThrowableOfType(InvalidHistoryException.class, () -> PlanHistory.replay(history.first(),
        plus(history, PlanEvent.changeApplied(6, farFuture, ALEX_AE, note, false)))))
        .hasMessageContaining("not within the years 1900 to 2999");
  }
}
