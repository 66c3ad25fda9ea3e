package io.github.mutualplan.schedule;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Small plans for scheduling examples, written as networks: {@code "design:4<spec,review"}. */
final class Plans {
  static final StakeholderId SELLER = StakeholderId.of("seller");
  static final StakeholderId BUYER = StakeholderId.of("buyer");

  private Plans() {}

  /** A closing plan of these commitments, owed by the seller unless the spec starts with {@code buyer:}. */
  static MutualActionPlan.Builder network(LocalDate start, LocalDate targetClose, String... specs) {
    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of("network"))
        .title("Network")
        .deal(Deal.of("Globex", Money.of("1000", "EUR")))
        .sellerOrganization("Acme")
        .buyerOrganization("Globex")
        .start(start)
        .targetClose(targetClose)
        .zone(ZoneId.of("Europe/Berlin"))
        .sellerOwner(SELLER)
        .addStakeholders(
            Stakeholder.builder().id(SELLER).side(Side.SELLER).name("Sam").addRole(Role.ACCOUNT_EXECUTIVE).build(),
            Stakeholder.builder().id(BUYER).side(Side.BUYER).name("Bea").build());
    for (String spec : specs) {
      plan.addCommitment(commitment(spec));
    }
    return plan;
  }

  /** {@code [buyer:]id:days[<dependency,dependency]}. */
  static Commitment commitment(String spec) {
    Side side = spec.startsWith("buyer:") ? Side.BUYER : Side.SELLER;
    String rest = side == Side.BUYER ? spec.substring("buyer:".length()) : spec;
    String[] idAndRest = rest.split(":");
    String[] daysAndDeps = idAndRest[1].split("<");
    Commitment.Builder c = Commitment.builder()
        .id(CommitmentId.of(idAndRest[0]))
        .title(idAndRest[0])
        .owingSide(side)
        .durationDays(Integer.parseInt(daysAndDeps[0]))
        .addResponsibility(Responsibility.accountable(side == Side.BUYER ? BUYER : SELLER));
    if (daysAndDeps.length > 1) {
      for (String dependency : List.of(daysAndDeps[1].split(","))) {
        c.addDependsOn(CommitmentId.of(dependency));
      }
    }
    return c.build();
  }

  /** A closing milestone on this date. */
  static Milestone closing(String id, LocalDate date) {
    return Milestone.builder().id(MilestoneId.of(id)).name(id).targetDate(date).closing(true).build();
  }
}
