package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A listener may hand each notification to its recipients as it is: a buyer-side notification carries the
 * buyer's view and an event that names no internal item.
 */
class NotificationExamplesTest {
  static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");
  static final CommitmentId DEAL_DESK = CommitmentId.of("deal-desk");
  static final CommitmentId PRICING = CommitmentId.of("pricing-proposal");

  final List<PlanNotification> heard = new ArrayList<>();
  final PlanEditor editor = PlanEditor.standard().withListener(heard::add);

  /** The plan shared with Maria, with an internal deal-desk approval after discovery. */
  PlanHistory sharedWithAnInternalStep() {
    PlanHistory history = PlanHistory.of(SamplePlans.healthcareClosingPlan().addCommitment(Commitment.builder()
        .id(DEAL_DESK).title("Discount approved by the deal desk").owingSide(Side.SELLER).durationDays(2)
        .visibility(Visibility.INTERNAL).addDependsOn(DISCOVERY).addResponsibility(Responsibility.accountable(ALEX_AE))
        .build()).build());
    history = editor.apply(history, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE,
        MONDAY.minusSeconds(7200));
    history = editor.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, MONDAY.minusSeconds(3600));
    heard.clear();
    return history;
  }

  @Test
  void aSharedStepAfterAnInternalOneReachesTheBuyerWithoutIt() {
    Commitment pricing = Commitment.builder().id(PRICING).title("Pricing proposal sent").owingSide(Side.SELLER)
        .durationDays(3).addDependsOn(DEAL_DESK).addResponsibility(Responsibility.accountable(SAM_SE))
        .addResponsibility(Responsibility.informed(MARIA_OPS)).build();

    PlanHistory added = editor.apply(sharedWithAnInternalStep(), PlanChange.addCommitment(pricing), ALEX_AE, MONDAY);

    assertThat(heard).extracting(PlanNotification::audience).containsExactly(Side.SELLER, Side.BUYER);
    PlanNotification seller = heard.get(0);
    assertThat(seller.recipients()).containsExactly(SAM_SE);
    assertThat(seller.plan()).isEqualTo(added.current());
    assertThat(((PlanChange.AddCommitment) ((PlanEvent.ChangeApplied) seller.event()).change()).commitment()
        .dependsOn()).containsExactly(DEAL_DESK);

    PlanNotification buyer = heard.get(1);
    assertThat(buyer.recipients()).containsExactly(MARIA_OPS);
    assertThat(buyer.plan()).isEqualTo(added.current().buyerView());
    assertThat(buyer.plan().commitment(DEAL_DESK)).isEmpty();
    // The buyer sees the proposal wait for discovery, the shared step behind the deal desk.
    assertThat(((PlanChange.AddCommitment) ((PlanEvent.ChangeApplied) buyer.event()).change()).commitment()
        .dependsOn()).containsExactly(DISCOVERY);
  }

  @Test
  void aNewOrderReachesTheBuyerWithoutTheInternalSteps() {
    PlanHistory shared = sharedWithAnInternalStep();
    List<CommitmentId> reversed = shared.current().commitments().stream().map(Commitment::id)
        .collect(Collectors.toList());
    Collections.reverse(reversed);

    editor.apply(shared, PlanChange.reorderCommitments(reversed), ALEX_AE, MONDAY);

    assertThat(heard).filteredOn(n -> n.audience() == Side.BUYER).singleElement().satisfies(n -> {
      assertThat(n.recipients()).containsExactly(MARIA_OPS);
      List<CommitmentId> order = ((PlanChange.ReorderCommitments) ((PlanEvent.ChangeApplied) n.event()).change())
          .order();
      assertThat(order).doesNotContain(DEAL_DESK).hasSize(reversed.size() - 1);
    });
    assertThat(heard).filteredOn(n -> n.audience() == Side.SELLER).singleElement().satisfies(n ->
        assertThat(((PlanChange.ReorderCommitments) ((PlanEvent.ChangeApplied) n.event()).change()).order())
            .isEqualTo(reversed));
  }

  @Test
  void anInternalChangeReachesOnlyTheSellersSide() {
    editor.apply(sharedWithAnInternalStep(), PlanChange.noteCommitment(DEAL_DESK, "Approved at 18 %"), SAM_SE,
        MONDAY);

    assertThat(heard).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(Side.SELLER);
      assertThat(n.recipients()).containsExactly(ALEX_AE);
    });
  }
}
