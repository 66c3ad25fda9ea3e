package io.github.mutualplan;

import static io.github.mutualplan.PlanRulesExamplesTest.AE;
import static io.github.mutualplan.PlanRulesExamplesTest.BUYER;
import static io.github.mutualplan.PlanRulesExamplesTest.START;
import static io.github.mutualplan.PlanRulesExamplesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle of a plan, rule by rule, with the edges of each: which statuses each kind of plan has, when a
 * plan carries a closure, who signs off which version, and what makes a plan AGREED. Each refusal names the
 * rule, the path and the reason.
 */
class LifecycleRulesExamplesTest {
  static final Instant SIGNED = Instant.parse("2027-03-02T10:00:00Z");
  static final Instant CLOSED = Instant.parse("2027-04-01T09:00:00Z");
  static final StakeholderId CFO = StakeholderId.of("cfo");
  static final StakeholderId SE = StakeholderId.of("se");

  /** The small closing plan of {@link PlanRulesExamplesTest}, with a CFO who holds the budget and an engineer. */
  static MutualActionPlan.Builder closing() {
    return PlanRulesExamplesTest.plan().addStakeholders(
        Stakeholder.builder().id(CFO).side(Side.BUYER).name("Cy").addRole(Role.ECONOMIC_BUYER).build(),
        Stakeholder.builder().id(SE).side(Side.SELLER).name("Sue").addRole(Role.SALES_ENGINEER).build());
  }

  /** The same plan shared with the buyer: a mutual action plan the account executive and the buyer own. */
  static MutualActionPlan.Builder shared() {
    return closing().kind(PlanKind.MUTUAL_ACTION_PLAN).status(PlanStatus.SHARED).buyerCoOwner(BUYER);
  }

  static SignOff signOff(StakeholderId owner, long version) {
    return SignOff.of(owner, SIGNED, version);
  }

  @Test
  void theFixturesAreValid() {
    assertThat(closing().build().status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(shared().build().owners()).containsExactly(AE, BUYER);
  }

  // A closing plan is never SHARED (nor AGREED); a mutual plan never DRAFT.

  @Test
  void aClosingPlanIsNeverShared() {
    assertThat(refusal(closing().status(PlanStatus.SHARED)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "status", "a closing plan is DRAFT or closed, not SHARED"));
  }

  @Test
  void aClosingPlanIsNeverAgreedEvenWhenItsOwnerSignedIt() {
    // The sign-off is refused as well: a closing plan is not signed off at all.
    assertThat(refusal(closing().status(PlanStatus.AGREED).addSignOff(signOff(AE, 1))).violations())
        .containsExactly(
            Violation.of(PlanRule.LIFECYCLE, "status", "a closing plan is DRAFT or closed, not AGREED"),
            Violation.of(PlanRule.LIFECYCLE, "signOffs",
                "a closing plan is not signed off; only a mutual action plan is"));
  }

  @Test
  void aClosingPlanIsDraftOrClosed() {
    assertThat(closing().build().kind()).isEqualTo(PlanKind.CLOSING_PLAN);
    assertThat(closing().status(PlanStatus.CLOSED_LOST).closure(Closure.of(CloseReason.BUDGET, CLOSED)).build()
        .status())
        .isEqualTo(PlanStatus.CLOSED_LOST);
    assertThat(closing().status(PlanStatus.CLOSED_WON).closure(Closure.of(CloseReason.VALUE_PROVEN, CLOSED)).build()
        .status())
        .isEqualTo(PlanStatus.CLOSED_WON);
  }

  @Test
  void aMutualPlanIsNeverDraft() {
    assertThat(refusal(shared().status(PlanStatus.DRAFT)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "status", "a mutual action plan is SHARED, AGREED or closed, not DRAFT"));
  }

  @Test
  void aMutualPlanIsSharedAgreedOrClosed() {
    assertThat(shared().build().status()).isEqualTo(PlanStatus.SHARED);
    assertThat(shared().status(PlanStatus.AGREED).addSignOffs(signOff(AE, 1), signOff(BUYER, 1)).build().status())
        .isEqualTo(PlanStatus.AGREED);
    assertThat(shared().status(PlanStatus.CLOSED_WON).closure(Closure.of(CloseReason.VALUE_PROVEN, CLOSED)).build()
        .status())
        .isEqualTo(PlanStatus.CLOSED_WON);
  }

  // Only a closed plan has a closure, and a closed one always has.

  @Test
  void onlyAClosedPlanHasAClosure() {
    Closure early = Closure.of(CloseReason.VALUE_PROVEN, "Signed, we hope", CLOSED);

    assertThat(refusal(shared().closure(early)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "closure", "only a closed plan has a closure; this one is SHARED"));
    assertThat(refusal(closing().closure(early)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "closure", "only a closed plan has a closure; this one is DRAFT"));
  }

  @Test
  void aClosedPlanNeedsItsClosureWonOrLost() {
    assertThat(refusal(shared().status(PlanStatus.CLOSED_WON)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "closure", "a CLOSED_WON plan needs its closure (reason and time)"));
    assertThat(refusal(closing().status(PlanStatus.CLOSED_LOST)).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "closure", "a CLOSED_LOST plan needs its closure (reason and time)"));
  }

  @Test
  void aClosureHasAReasonOfItsOutcomeANoteAndATimeWithinTheLimits() {
    Closure blank = Closure.of(CloseReason.VALUE_PROVEN, " ", Instant.parse("3000-01-01T00:00:00Z"));

    assertThat(refusal(shared().status(PlanStatus.CLOSED_LOST).closure(blank)).violations()).containsExactly(
        Violation.of(PlanRule.CLOSE_REASON, "closure.reason",
            "a CLOSED_LOST plan needs a reason to lose; 'value-proven' is one to win"),
        Violation.of(PlanRule.VALID_VALUES, "closure.note", "must not be blank"),
        Violation.of(PlanRule.WITHIN_LIMITS, "closure.closedAt",
            "3000-01-01T00:00:00Z is not within the years 1900 to 2999"));
  }

  // One sign-off per owner, and only owners sign off.

  @Test
  void eachOwnerSignsOffOnce() {
    MutualActionPlan.Builder twice = shared().addSignOffs(
        signOff(AE, 1), signOff(BUYER, 1), SignOff.of(AE, SIGNED.plusSeconds(60), 1));

    assertThat(refusal(twice).violations()).containsExactly(
        Violation.of(PlanRule.UNIQUE_IDS, "signOffs[ae]", "'ae' signed off more than once"));
  }

  @Test
  void aSignerIsAnOwner() {
    // The CFO is on the buyer side, the engineer on the seller side: neither owns the plan.
    assertThat(refusal(shared().addSignOffs(signOff(CFO, 1), signOff(SE, 1))).violations()).containsExactly(
        Violation.of(PlanRule.LIFECYCLE, "signOffs[cfo]", "'cfo' is not an owner; only the owners sign off"),
        Violation.of(PlanRule.LIFECYCLE, "signOffs[se]", "'se' is not an owner; only the owners sign off"));
  }

  @Test
  void aSignerIsAStakeholderOfThePlan() {
    // Someone the plan does not know is reported as an unresolved reference, not also as a non-owner.
    assertThat(refusal(shared().addSignOff(signOff(StakeholderId.of("ghost"), 1))).violations()).containsExactly(
        Violation.of(PlanRule.RESOLVED_REFERENCES, "signOffs[ghost]", "no stakeholder 'ghost' in the plan"));
  }

  @Test
  void bothOwnersMaySignOffASharedPlanWithoutAgreeingYet() {
    MutualActionPlan plan = shared().addSignOffs(signOff(BUYER, 1)).build();

    assertThat(plan.isSignedOffBy(BUYER)).isTrue();
    assertThat(plan.isSignedOffBy(AE)).isFalse();
    assertThat(plan.status()).isEqualTo(PlanStatus.SHARED);
  }

  // A sign-off names a version from 1 to the plan's, at a time within the limits.

  @Test
  void aSignOffMayNameThePlansVersionButNotALaterOne() {
    assertThatCode(() -> shared().version(3).addSignOffs(signOff(AE, 3), signOff(BUYER, 1)).build())
        .doesNotThrowAnyException();

    assertThat(refusal(shared().version(3).addSignOff(signOff(AE, 4))).violations()).containsExactly(
        Violation.of(PlanRule.VALID_VALUES, "signOffs[ae].version",
            "must be between 1 and the plan's version 3 (was 4)"));
  }

  @Test
  void aSignOffNamesVersionOneAtLeast() {
    assertThat(refusal(shared().addSignOff(signOff(BUYER, 0))).violations()).containsExactly(
        Violation.of(PlanRule.VALID_VALUES, "signOffs[buyer].version",
            "must be between 1 and the plan's version 1 (was 0)"));
  }

  @Test
  void aSignOffIsSignedWithinTheLimitsOfTime() {
    SignOff tooEarly = SignOff.of(AE, Instant.parse("1899-12-31T23:59:59Z"), 1);

    assertThat(refusal(shared().addSignOff(tooEarly)).violations()).containsExactly(
        Violation.of(PlanRule.WITHIN_LIMITS, "signOffs[ae].signedAt",
            "1899-12-31T23:59:59Z is not within the years 1900 to 2999"));
  }

  // AGREED needs a sign-off by each owner that is not stale.

  @Test
  void anAgreedPlanNeedsASignOffByEachOwner() {
    assertThat(refusal(shared().status(PlanStatus.AGREED).addSignOff(signOff(AE, 1))).violations())
        .containsExactly(Violation.of(PlanRule.LIFECYCLE, "signOffs",
            "an AGREED plan needs a sign-off by the owner 'buyer' that is not stale"));
    assertThat(refusal(shared().status(PlanStatus.AGREED)).violations()).extracting(Violation::toString)
        .containsExactly(
            "signOffs: an AGREED plan needs a sign-off by the owner 'ae' that is not stale",
            "signOffs: an AGREED plan needs a sign-off by the owner 'buyer' that is not stale");
  }

  @Test
  void aStaleSignOffDoesNotMakeAPlanAgreed() {
    MutualActionPlan.Builder stale = shared().version(2).status(PlanStatus.AGREED)
        .addSignOffs(signOff(AE, 2), signOff(BUYER, 1).withStale(true));

    assertThat(refusal(stale).violations()).containsExactly(Violation.of(PlanRule.LIFECYCLE, "signOffs",
        "an AGREED plan needs a sign-off by the owner 'buyer' that is not stale"));
    // The same sign-offs are fine while the plan is only SHARED: the buyer signs again to agree.
    assertThat(shared().version(2).addSignOffs(signOff(AE, 2), signOff(BUYER, 1).withStale(true)).build()
        .isSignedOffBy(BUYER)).isFalse();
  }

  // A fixed commitment starts on a given day, so it has one.

  @Test
  void aFixedCommitmentHasAStart() {
    Commitment kickoff = Commitment.builder().id(CommitmentId.of("kickoff")).title("Kickoff meeting")
        .owingSide(Side.SELLER).durationDays(1).fixed(true).addResponsibility(Responsibility.accountable(AE))
        .build();

    assertThat(refusal(closing().addCommitment(kickoff)).violations()).containsExactly(Violation.of(
        PlanRule.VALID_VALUES, "commitments[kickoff].start", "a fixed commitment needs the date it starts on"));
    assertThat(closing().addCommitment(kickoff.withStart(START.plusDays(2))).build()
        .commitment(CommitmentId.of("kickoff")).orElseThrow().fixed()).isTrue();
  }
}
