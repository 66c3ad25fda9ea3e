package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeds' two scenarios for the same deal, side by side: a tech startup gets a short, intensive plan; a
 * healthcare provider a long, detailed one with compliance checks and many departments.
 */
class SeedScenariosTest {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final Deal DEAL = Deal.of("Claims analytics", Money.of("120000", "USD"));
  static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  static final Stakeholder ALEX = Stakeholder.builder().id(StakeholderId.of("alex")).side(Side.SELLER)
      .name("Alex Kim").addRoles(Role.ACCOUNT_EXECUTIVE).build();
  static final Stakeholder SAM = Stakeholder.builder().id(StakeholderId.of("sam")).side(Side.SELLER)
      .name("Sam Ortiz").addRoles(Role.SALES_ENGINEER).build();

  static Instantiation plan(CustomerProfile profile, Stakeholder... buyers) {
    InstantiationRequest.Builder request = InstantiationRequest.builder()
        .template(CATALOGUE.templateFor(profile))
        .rules(CATALOGUE.rules())
        .profile(profile)
        .planId(PlanId.of("claims-analytics"))
        .deal(DEAL)
        .sellerOrganization("Acme Software")
        .addPeople(ALEX, SAM)
        .addPeople(buyers)
        .sellerOwner(ALEX.id())
        .anchor(Anchor.startOn(MONDAY))
        .zone(ZoneId.of("America/New_York"))
        .createdAt(Instant.parse("2027-02-26T10:00:00Z"));
    if (buyers.length > 0) {
      request.buyerCoOwner(buyers[0].id());
    }
    return TemplateInstantiator.standard().instantiate(request.build());
  }

  static Stakeholder buyer(String id, String name, Role... roles) {
    return Stakeholder.builder().id(StakeholderId.of(id)).side(Side.BUYER).name(name).addRoles(roles).build();
  }

  static List<String> keys(MutualActionPlan plan) {
    return plan.commitments().stream().map(c -> c.id().key()).collect(Collectors.toList());
  }

  @Test
  void aTechStartupAndAHealthcareProviderBuyingTheSameProduct() {
    CustomerProfile startup = CustomerProfile.builder().industry("technology").segment(Segment.STARTUP)
        .buyingProcess(BuyingProcess.FAST_TRACK).decisionMakers(2).dealSize(DEAL.value()).buyerCountry("US").build();
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT).addComplianceRegimes(ComplianceRegime.HIPAA)
        .decisionMakers(9).dealSize(DEAL.value()).buyerCountry("US").build();

    Instantiation fast = plan(startup, buyer("cto", "Casey", Role.CHAMPION, Role.ECONOMIC_BUYER));
    Instantiation thorough = plan(hospital, buyer("maria", "Maria", Role.CHAMPION),
        buyer("dana", "Dana", Role.ECONOMIC_BUYER), buyer("lee", "Lee", Role.SECURITY, Role.COMPLIANCE));

    // The startup: the fast-track template with the discount approval of a large deal, closed in about a month.
    MutualActionPlan a = fast.plan();
    assertThat(a.provenance().get().templateId()).isEqualTo("startup-fast-track");
    assertThat(fast.appliedRules()).extracting(AppliedRule::ruleId).containsExactly("deal-size");
    assertThat(a.commitments()).hasSize(12);
    assertThat(a.targetClose()).isBetween(MONDAY.plusWeeks(4), MONDAY.plusWeeks(8));
    assertThat(fast.readyToShare()).isTrue();

    // The provider: the health-system template, tailored by four rules, closed about a year and a half later.
    MutualActionPlan b = thorough.plan();
    assertThat(b.provenance().get().templateId()).isEqualTo("healthcare-provider");
    assertThat(thorough.appliedRules()).extracting(AppliedRule::ruleId)
        .containsExactly("hipaa", "formal-procurement", "deal-size", "many-decision-makers");
    assertThat(keys(b)).contains("business-associate-agreement", "security-risk-assessment", "vendor-registration",
        "purchase-order", "discount-approval", "department-reviews");
    assertThat(b.commitments().size()).isGreaterThan(2 * a.commitments().size() - 5);
    assertThat(b.targetClose()).isAfter(MONDAY.plusMonths(12)).isBefore(MONDAY.plusMonths(24));
    assertThat(b.commitment(io.github.mutualplan.CommitmentId.of("security-risk-assessment"))
        .flatMap(Commitment::accountable)).contains(StakeholderId.of("lee"));
    assertThat(thorough.readyToShare()).as("co-owner, champion and economic buyer are named").isTrue();
    assertThat(thorough.missingRoles()).as("legal and procurement are still to be named")
        .contains(Role.LEGAL, Role.PROCUREMENT);
  }

  @Test
  void thePlanSpeaksTheBuyersLanguage() {
    CustomerProfile moscow = CustomerProfile.builder().industry("technology").segment(Segment.STARTUP)
        .dealSize(DEAL.value()).buyerCountry("RU").language(new Locale("ru")).build();

    MutualActionPlan plan = plan(moscow).plan();

    assertThat(plan.title()).isEqualTo("Claims analytics: " + CATALOGUE.template("startup-fast-track").get().name()
        .in(new Locale("ru")));
    assertThat(plan.commitments()).allSatisfy(c -> assertThat(c.title()).matches("(?s).*\\p{IsCyrillic}.*"));
    assertThat(plan.stakeholders()).anySatisfy(s -> assertThat(s.name()).isEqualTo(
        "Контактное лицо покупателя (уточняется)"));
  }
}
