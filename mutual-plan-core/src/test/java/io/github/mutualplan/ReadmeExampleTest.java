package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The example of README.md, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleReportsTheAccountablePersonOnTheWrongSide() {
    StakeholderId alex = StakeholderId.of("alex-kim");     // the seller's account executive
    StakeholderId maria = StakeholderId.of("maria-lopez"); // the buyer's champion

    MutualActionPlan.Builder plan = MutualActionPlan.builder()
        .id(PlanId.of("northwind-2027"))
        .title("Northwind Health: claims automation")
        .deal(Deal.of("Northwind Health", Money.of("480000", "USD")))
        .sellerOrganization("Acme Software")
        .buyerOrganization("Northwind Health")
        .start(LocalDate.of(2027, 1, 11))
        .targetClose(LocalDate.of(2027, 6, 30))
        .zone(ZoneId.of("America/Chicago"))
        .sellerOwner(alex)
        .addStakeholder(Stakeholder.builder().id(alex).side(Side.SELLER).name("Alex Kim")
            .addRole(Role.ACCOUNT_EXECUTIVE).build())
        .addStakeholder(Stakeholder.builder().id(maria).side(Side.BUYER).name("Maria Lopez")
            .title("Director of Revenue Cycle").addRole(Role.CHAMPION).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("discovery"))
            .title("Discovery workshop").owingSide(Side.SELLER).durationDays(3)
            .addResponsibility(Responsibility.accountable(alex)).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("security-review"))
            .title("Security review").owingSide(Side.BUYER).durationDays(10) // a customer pledge
            .addDependsOn(CommitmentId.of("discovery"))
            .addResponsibility(Responsibility.accountable(alex)).build());   // wrong side!

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, plan::build);

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "commitments[security-review].responsibilities[alex-kim]: the accountable person 'alex-kim' is on the"
            + " SELLER side, but the BUYER owes the commitment");
  }
}
