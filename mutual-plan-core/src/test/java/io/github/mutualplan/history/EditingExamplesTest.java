package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.JO_CS;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.PAT_COUNSEL;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.OnboardingHandOff;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Standing;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The living plan by example, from the seeds: a closing plan converted once the champion and the economic
 * buyer are known, signed off by both owners, edited by both sides, and closed.
 */
class EditingExamplesTest {
  static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");
  static final CommitmentId SECURITY_RISK_ASSESSMENT = CommitmentId.of("security-risk-assessment");
  static final CommitmentId SECURITY_QUESTIONNAIRE = CommitmentId.of("security-questionnaire");
  static final CommitmentId CONTRACT_SIGNATURE = CommitmentId.of("contract-signature");

  final List<PlanNotification> heard = new ArrayList<>();
  final PlanEditor editor = PlanEditor.standard().withListener(heard::add);

  /** Alex's closing plan, before the deal is real. */
  PlanHistory closingPlan() {
    return PlanHistory.of(SamplePlans.healthcareClosingPlan().build());
  }

  /** The plan shared with Northwind, Maria its co-owner, once Dana is known as the economic buyer. */
  PlanHistory sharedPlan() {
    PlanHistory history = editor.apply(closingPlan(), PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE,
        MONDAY.minusSeconds(7200));
    return editor.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, MONDAY.minusSeconds(3600));
  }

  /** The shared plan signed off by Alex and Maria. */
  PlanHistory agreedPlan() {
    PlanHistory history = editor.apply(sharedPlan(), PlanChange.signOff(), ALEX_AE, MONDAY.plusSeconds(3600));
    return editor.apply(history, PlanChange.signOff(), MARIA_OPS, MONDAY.plusSeconds(7200));
  }

  @Test
  void aClosingPlanIsConvertedOnceTheChampionAndTheEconomicBuyerAreKnown() {
    PlanHistory closing = closingPlan();

    ChangeRejectedException tooEarly = catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(closing, PlanChange.share(), ALEX_AE, MONDAY));
    assertThat(tooEarly.reasons()).containsExactly(
        "no buyer co-owner is named", "no economic buyer is named on the buyer side");
    assertThat(tooEarly).hasMessage("SharePlan by 'alex-kim' on plan 'northwind-claims-2027' (version 1) refused:"
        + " no buyer co-owner is named; no economic buyer is named on the buyer side");
    assertThat(tooEarly.violations()).extracting(Violation::rule, Violation::path)
        .containsOnly(tuple(PlanRule.SHARING_GATE, "stakeholders"));

    PlanHistory shared = sharedPlan();

    MutualActionPlan plan = shared.current();
    assertThat(plan.kind()).isEqualTo(PlanKind.MUTUAL_ACTION_PLAN);
    assertThat(plan.status()).isEqualTo(PlanStatus.SHARED);
    assertThat(plan.owners()).containsExactly(ALEX_AE, MARIA_OPS);
    assertThat(plan.version()).isEqualTo(3);
    assertThat(shared.events()).extracting(e -> ((PlanEvent.ChangeApplied) e).change())
        .containsExactly(PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), PlanChange.share(MARIA_OPS));
  }

  @Test
  void bothOwnersSignOffAndTheirSignOffsMakeThePlanAgreed() {
    PlanHistory history = editor.apply(sharedPlan(), PlanChange.signOff(), ALEX_AE, MONDAY.plusSeconds(3600));
    assertThat(history.current().status()).isEqualTo(PlanStatus.SHARED);

    history = editor.apply(history, PlanChange.signOff(), MARIA_OPS, MONDAY.plusSeconds(7200));

    MutualActionPlan agreed = history.current();
    assertThat(agreed.status()).isEqualTo(PlanStatus.AGREED);
    assertThat(agreed.signOffs()).extracting(s -> s.stakeholder().key() + "@v" + s.version())
        .containsExactly("alex-kim@v3", "maria-lopez@v4");
    assertThat(history.eventsAfter(4)).extracting(e -> e.getClass().getSuperclass().getSimpleName())
        .containsExactly("ChangeApplied", "PlanAgreed");
  }

  @Test
  void anOwnerWhoseSignOffStandsCannotSignAgainButSignsAgainAfterAMaterialChange() {
    PlanHistory agreed = agreedPlan();
    long version = agreed.current().version();

    ChangeRejectedException twice = catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(agreed, PlanChange.signOff(), ALEX_AE, MONDAY.plusSeconds(86_400)));

    assertThat(twice.reasons()).containsExactly("'alex-kim' has signed off already (version 3) and nothing"
        + " material has changed since");
    assertThat(twice.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.LIFECYCLE, "signOffs[alex-kim]"));
    PlanHistory moved = editor.apply(agreed,
        PlanChange.rescheduleCommitment(SECURITY_RISK_ASSESSMENT, LocalDate.of(2027, 3, 26)), LEE_CISO,
        MONDAY.plusSeconds(86_400));
    PlanHistory signedAgain = editor.apply(moved, PlanChange.signOff(), ALEX_AE, MONDAY.plusSeconds(90_000));
    assertThat(signedAgain.current().signOffs()).extracting(s -> s.stakeholder().key() + "@v" + s.version()
        + (s.stale() ? " stale" : "")).containsExactly("maria-lopez@v4 stale", "alex-kim@v" + (version + 1));
  }

  @Test
  void aHistoryIsInTimeOrder() {
    PlanHistory agreed = agreedPlan();
    Instant last = agreed.events().get(agreed.events().size() - 1).at();
    PlanChange note = PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Sent");

    ChangeRejectedException earlier = catchThrowableOfType(ChangeRejectedException.class,
        () -> editor.apply(agreed, note, ALEX_AE, Instant.parse("2001-01-01T00:00:00Z")));

    assertThat(earlier.reasons()).containsExactly("at: 2001-01-01T00:00:00Z is before the last event of the history"
        + " (version 5 at " + last + "); a history is in time order");
    assertThat(earlier.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.HISTORY_ORDER, "at"));
    // At the same instant as the last event is in order.
    assertThat(editor.apply(agreed, note, ALEX_AE, last).current().version()).isEqualTo(6);
  }

  @Test
  void aDateMovedAfterSignOffMakesTheSignOffsStaleAndThePlanSharedAgain() {
    PlanHistory agreed = agreedPlan();

    PlanHistory moved = editor.apply(agreed,
        PlanChange.rescheduleCommitment(SECURITY_RISK_ASSESSMENT, LocalDate.of(2027, 3, 26)), LEE_CISO,
        MONDAY.plusSeconds(86_400));

    MutualActionPlan plan = moved.current();
    assertThat(plan.status()).isEqualTo(PlanStatus.SHARED);
    assertThat(plan.signOffs()).allMatch(s -> s.stale());
    assertThat(moved.eventsAfter(agreed.current().version())).satisfiesExactly(
        e -> assertThat(((PlanEvent.ChangeApplied) e).material()).isTrue(),
        e -> assertThat(((PlanEvent.SignOffsWentStale) e).signers()).containsExactly(ALEX_AE, MARIA_OPS));
    // The owners hear of it, each side in a notification of its own.
    assertThat(heard.subList(heard.size() - 2, heard.size())).satisfiesExactly(
        n -> {
          assertThat(n.event()).isInstanceOf(PlanEvent.SignOffsWentStale.class);
          assertThat(n.audience()).isEqualTo(Side.SELLER);
          assertThat(n.recipients()).containsExactly(ALEX_AE);
          assertThat(n.plan()).isEqualTo(plan);
        },
        n -> {
          assertThat(n.event()).isInstanceOf(PlanEvent.SignOffsWentStale.class);
          assertThat(n.audience()).isEqualTo(Side.BUYER);
          assertThat(n.recipients()).containsExactly(MARIA_OPS);
          assertThat(n.plan()).isEqualTo(plan.buyerView());
        });
  }

  @Test
  void completingAnItemIsNotMaterialAndLeavesTheSignOffsStanding() {
    PlanHistory agreed = agreedPlan();

    PlanHistory done = editor.apply(agreed, PlanChange.completeCommitment(SECURITY_QUESTIONNAIRE,
        LocalDate.of(2027, 2, 3)), SAM_SE, MONDAY.plusSeconds(86_400));

    assertThat(done.current().status()).isEqualTo(PlanStatus.AGREED);
    assertThat(done.current().signOffs()).noneMatch(s -> s.stale());
    assertThat(((PlanEvent.ChangeApplied) done.events().get(done.events().size() - 1)).material()).isFalse();
  }

  @Test
  void eachSideChangesItsOwnItems() {
    PlanHistory shared = sharedPlan();

    // Lee, the buyer's CISO, completes his own pledge.
    PlanHistory done = editor.apply(shared, PlanChange.completeCommitment(SECURITY_RISK_ASSESSMENT,
        LocalDate.of(2027, 3, 1)), LEE_CISO, MONDAY);
    assertThat(done.current().commitment(SECURITY_RISK_ASSESSMENT).map(Commitment::status))
        .contains(CommitmentStatus.DONE);

    // ...but not the seller's questionnaire.
    ChangeNotPermittedException notHis = catchThrowableOfType(ChangeNotPermittedException.class,
        () -> editor.apply(shared, PlanChange.completeCommitment(SECURITY_QUESTIONNAIRE, LocalDate.of(2027, 3, 1)),
            LEE_CISO, MONDAY));
    assertThat(notHis.reasons()).containsExactly(
        "only the SELLER side changes commitments[security-questionnaire]; 'lee-chen' is on the BUYER side");
    assertThat(notHis.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.PERMITTED_CHANGES, "actor"));

    // Alex may not complete a customer pledge for the buyer in a shared plan.
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class, () -> editor.apply(shared,
        PlanChange.completeCommitment(SECURITY_RISK_ASSESSMENT, LocalDate.of(2027, 3, 1)), ALEX_AE, MONDAY)))
        .hasMessageContaining("only the BUYER side changes commitments[security-risk-assessment]");

    // Lee assesses the criterion he owns; Pat may not.
    PlanHistory assessed = editor.apply(shared, PlanChange.assessCriterion(DecisionCriterionId.of("hipaa"),
        Standing.PARTLY_MET, "BAA in review"), LEE_CISO, MONDAY);
    assertThat(assessed.current().decisionCriterion(DecisionCriterionId.of("hipaa")).get().standing())
        .isEqualTo(Standing.PARTLY_MET);
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class, () -> editor.apply(shared,
        PlanChange.assessCriterion(DecisionCriterionId.of("hipaa"), Standing.MET), PAT_COUNSEL, MONDAY)))
        .hasMessageContaining("only its owner 'lee-chen' changes decisionCriteria[hipaa]");
  }

  @Test
  void onlyTheOwnersShareCloseAndReopenAndOnlyStakeholdersEditAtAll() {
    PlanHistory shared = sharedPlan();

    assertThat(catchThrowableOfType(ChangeNotPermittedException.class,
        () -> editor.apply(shared, PlanChange.closeLost(CloseReason.BUDGET), SAM_SE, MONDAY)).reasons())
        .containsExactly("only the plan's owners [alex-kim, maria-lopez] make this change; 'sam-ortiz' is not one");
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class,
        () -> editor.apply(shared, PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "hi"), StakeholderId.of("eve"),
            MONDAY)).reasons())
        .containsExactly("'eve' is not a stakeholder of the plan");
    assertThat(catchThrowableOfType(ChangeNotPermittedException.class,
        () -> editor.apply(closingPlan(), PlanChange.noteCommitment(SECURITY_RISK_ASSESSMENT, "hi"), LEE_CISO,
            MONDAY)).reasons())
        .containsExactly("a closing plan is the seller's; 'lee-chen' is on the BUYER side");
  }

  @Test
  void aClosedLostPlanRefusesEditsUntilItIsReopenedAndTheReopeningIsRecorded() {
    PlanHistory lost = editor.apply(sharedPlan(),
        PlanChange.closeLost(CloseReason.BUDGET, "Budget moved to the EHR upgrade"), MARIA_OPS,
        MONDAY.plusSeconds(86_400));
    assertThat(lost.current().status()).isEqualTo(PlanStatus.CLOSED_LOST);
    assertThat(lost.current().closure().get().reason()).isEqualTo(CloseReason.BUDGET);
    assertThat(lost.current().closure().get().note()).contains("Budget moved to the EHR upgrade");

    ChangeRejectedException frozen = catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(lost,
        PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Sent anyway"), SAM_SE, MONDAY.plusSeconds(90_000)));
    assertThat(frozen.reasons()).containsExactly("the plan is CLOSED_LOST: it accepts no change but reopening");
    assertThat(frozen.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.LIFECYCLE, "status"));

    PlanHistory reopened = editor.apply(lost, PlanChange.reopen("Budget restored in Q3"), ALEX_AE,
        MONDAY.plusSeconds(100_000));
    assertThat(reopened.current().status()).isEqualTo(PlanStatus.SHARED);
    assertThat(reopened.current().closure()).isEmpty();
    assertThat(reopened.events()).last()
        .satisfies(e -> assertThat(((PlanEvent.ChangeApplied) e).change()).isEqualTo(PlanChange.reopen("Budget restored in Q3")));
  }

  @Test
  void theOnboardingHandOffOfAWonHealthcarePlanListsItsPostSaleCommitments() {
    PlanHistory won = editor.apply(agreedPlan(),
        PlanChange.closeWon(CloseReason.BEST_FIT, "Best HIPAA posture and EHR fit"), ALEX_AE,
        Instant.parse("2027-06-28T16:00:00Z"));

    OnboardingHandOff handOff = won.current().onboardingHandOff().orElseThrow();

    assertThat(handOff.postSaleCommitments()).extracting(c -> c.id().key()).containsExactly("onboarding-kickoff");
    assertThat(handOff.postSaleCommitments().get(0).accountable()).contains(JO_CS);
    assertThat(handOff.successMetrics()).extracting(m -> m.measuredBy()).containsExactly(LocalDate.of(2028, 1, 31));
    assertThat(handOff.stakeholders()).hasSize(8);
    assertThat(handOff.closedAt()).isEqualTo(Instant.parse("2027-06-28T16:00:00Z"));
    assertThat(sharedPlan().current().onboardingHandOff()).isEmpty();
  }

  @Test
  void aRejectedChangeChangesNothingAndTellsNobody() {
    PlanHistory shared = sharedPlan();
    int told = heard.size();

    ChangeRejectedException invalid = catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(shared,
        PlanChange.rescheduleCommitment(SECURITY_QUESTIONNAIRE, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 19)),
        SAM_SE, MONDAY));

    assertThat(invalid.reasons()).containsExactly(
        "commitments[security-questionnaire].due: 2027-01-19 is before its start 2027-01-20");
    assertThat(invalid.getCause()).isInstanceOf(io.github.mutualplan.PlanValidationException.class);
    assertThat(invalid.violations()).isEqualTo(((PlanValidationException) invalid.getCause()).violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.DATE_ORDER, "commitments[security-questionnaire].due"));
    assertThat(heard).hasSize(told);
    assertThat(shared.current().version()).isEqualTo(3);
  }

  @Test
  void listenersHearEachEventWithThePeopleItConcernsAndAFailingOneLosesNothing() {
    List<PlanNotification> second = new ArrayList<>();
    PlanEditor withFailure = editor
        .withListener(n -> {
          throw new IllegalStateException("mail server down");
        })
        .withListener(second::add);
    PlanHistory shared = sharedPlan();
    heard.clear();

    PlanHistory done = withFailure.apply(shared, PlanChange.completeCommitment(SECURITY_RISK_ASSESSMENT,
        LocalDate.of(2027, 3, 1)), LEE_CISO, MONDAY);

    assertThat(done.current().version()).isEqualTo(4);
    assertThat(heard).hasSize(2);
    assertThat(second).isEqualTo(heard);
    // The owners and the people accountable or informed, not Lee who acted: the seller's side, then the buyer's.
    assertThat(heard).extracting(PlanNotification::audience).containsExactly(Side.SELLER, Side.BUYER);
    assertThat(heard.get(0).recipients()).containsExactly(ALEX_AE);
    assertThat(heard.get(1).recipients()).containsExactly(MARIA_OPS);
  }

  @Test
  void theBuyerHearsNothingOfAnInternalItem() {
    PlanHistory shared = sharedPlan();
    Commitment dealDesk = Commitment.builder().id(CommitmentId.of("deal-desk")).title("Discount approved by deal desk")
        .owingSide(Side.SELLER).durationDays(2).visibility(Visibility.INTERNAL)
        .addResponsibility(Responsibility.accountable(ALEX_AE)).addResponsibility(Responsibility.informed(SAM_SE))
        .build();
    heard.clear();

    PlanHistory added = editor.apply(shared, PlanChange.addCommitment(dealDesk), ALEX_AE, MONDAY);

    assertThat(heard).singleElement().satisfies(n -> assertThat(n.recipients()).containsExactly(SAM_SE));
    assertThat(added.current().buyerView().commitment(dealDesk.id())).isEmpty();
  }

  @Test
  void aChangeMadeAgainstAnOlderVersionIsRebasedUnlessItTouchesTheSameItem() {
    PlanHistory shared = sharedPlan();
    long seen = shared.current().version();
    PlanHistory lee = editor.apply(shared, seen, PlanChange.completeCommitment(SECURITY_RISK_ASSESSMENT,
        LocalDate.of(2027, 3, 1)), LEE_CISO, MONDAY);

    // Sam saw version 3 too; his change touches another commitment, so it is rebased onto version 4.
    PlanHistory sam = editor.apply(lee, seen, PlanChange.noteCommitment(SECURITY_QUESTIONNAIRE, "Sent to Lee"),
        SAM_SE, MONDAY.plusSeconds(5));
    assertThat(sam.current().version()).isEqualTo(5);
    assertThat(sam.current().commitment(SECURITY_RISK_ASSESSMENT).get().status()).isEqualTo(CommitmentStatus.DONE);

    // Pat saw version 3 as well, and wants to move Lee's commitment: a conflict, named.
    EditConflictException conflict = catchThrowableOfType(EditConflictException.class, () -> editor.apply(sam, seen,
        PlanChange.noteCommitment(SECURITY_RISK_ASSESSMENT, "Waiting for the BAA"), LEE_CISO, MONDAY.plusSeconds(9)));
    assertThat(conflict.item()).isEqualTo("commitments[security-risk-assessment]");
    assertThat(conflict.conflictingVersion()).isEqualTo(4);
    assertThat(conflict.reasons()).containsExactly("made against version 3, but commitments[security-risk-assessment]"
        + " was changed since, in version 4 by 'lee-chen'");
    assertThat(conflict.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(PlanRule.HISTORY_ORDER, "commitments[security-risk-assessment]"));
  }

  @Test
  void theHistoryReplaysToThePlanAndDiffsVersionsItemByItem() {
    PlanHistory history = editor.apply(agreedPlan(), PlanChange.rescheduleCommitment(CONTRACT_SIGNATURE,
        LocalDate.of(2027, 6, 25)), DANA_CFO, MONDAY.plusSeconds(86_400));

    assertThat(PlanHistory.replay(history.first(), history.events())).isEqualTo(history);
    assertThat(PlanHistory.replay(history.first(), history.events()).current()).isEqualTo(history.current());
    assertThat(history.diff(1, history.current().version()).differences()).extracting(PlanDiff.Difference::toString)
        .containsExactly(
            "kind: CLOSING_PLAN -> MUTUAL_ACTION_PLAN",
            "status: DRAFT -> SHARED",
            "buyerCoOwner: (none) -> maria-lopez",
            "stakeholders[dana-reyes].roles: [decision-maker] -> [decision-maker, economic-buyer]",
            "commitments[contract-signature].due: (none) -> 2027-06-25",
            "signOffs[alex-kim]: added",
            "signOffs[maria-lopez]: added");
  }

  @Test
  void reorderingNamesEveryCommitmentOnce() {
    PlanHistory shared = sharedPlan();
    List<CommitmentId> ids = shared.current().commitments().stream().map(Commitment::id).collect(Collectors.toList());
    List<CommitmentId> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);

    PlanHistory reordered = editor.apply(shared, PlanChange.reorderCommitments(reversed), ALEX_AE, MONDAY);
    assertThat(reordered.current().commitments()).extracting(Commitment::id).containsExactlyElementsOf(reversed);

    ChangeRejectedException partial = catchThrowableOfType(ChangeRejectedException.class, () -> editor.apply(shared,
        PlanChange.reorderCommitments(reversed.subList(1, reversed.size())), ALEX_AE, MONDAY));
    assertThat(partial.reasons()).containsExactly(
        "the order must name every commitment once; missing [onboarding-kickoff], unknown [], 0 repeated");
  }
}
