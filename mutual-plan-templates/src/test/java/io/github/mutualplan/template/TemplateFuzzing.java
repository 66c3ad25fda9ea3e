package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.testing.PlanInvariants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the fuzz tests of this module do with a template they read: instantiate it with a fixed request (a
 * healthcare buyer under HIPAA and GDPR in formal procurement, a seller team and a buying group with a champion
 * and an economic buyer, started on 11 January 2027), check the plan made with {@link PlanInvariants}, share it
 * with the buyer and check the mutual action plan too.
 */
final class TemplateFuzzing {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final CustomerProfile PROFILE = CustomerProfile.builder()
      .industry("healthcare").headCount(12_000)
      .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT)
      .addComplianceRegimes(ComplianceRegime.HIPAA, ComplianceRegime.GDPR)
      .decisionMakers(9).dealSize(Money.of("480000", "USD")).buyerCountry("US")
      .build();
  private static final StakeholderId ALEX = StakeholderId.of("alex");
  private static final StakeholderId MARIA = StakeholderId.of("maria");
  private static final Instant CREATED = Instant.parse("2027-01-08T09:00:00Z");
  private static final List<Stakeholder> PEOPLE = List.of(
      person(ALEX, Side.SELLER, "Alex Kim", Role.ACCOUNT_EXECUTIVE),
      person(StakeholderId.of("sam"), Side.SELLER, "Sam Ortiz", Role.SALES_ENGINEER),
      person(MARIA, Side.BUYER, "Maria Lopez", Role.CHAMPION),
      person(StakeholderId.of("dana"), Side.BUYER, "Dana Reyes", Role.ECONOMIC_BUYER),
      person(StakeholderId.of("lee"), Side.BUYER, "Lee Chen", Role.SECURITY, Role.COMPLIANCE),
      person(StakeholderId.of("pat"), Side.BUYER, "Pat Novak", Role.LEGAL));

  private TemplateFuzzing() {}

  /**
   * Instantiates a template with these rules and checks what is made; a rule that does not fit the template
   * (a {@link TemplateValidationException}, documented) is allowed when there are rules, and counted.
   */
  static void instantiateAndCheck(PlanTemplate template, List<? extends CustomizationRule> rules,
      PlanInvariants.Stats stats) {
    InstantiationRequest request = InstantiationRequest.builder()
        .template(template)
        .rules(List.copyOf(rules))
        .profile(PROFILE)
        .planId(PlanId.of("fuzzed"))
        .deal(Deal.of("Northwind Health", PROFILE.dealSize()))
        .sellerOrganization("Acme Software")
        .people(PEOPLE)
        .sellerOwner(ALEX)
        .buyerCoOwner(MARIA)
        .anchor(Anchor.startOn(LocalDate.of(2027, 1, 11)))
        .zone(ZoneId.of("America/Chicago"))
        .createdAt(CREATED)
        .build();
    Instantiation made;
    try {
      made = TemplateInstantiator.standard().instantiate(request);
    } catch (TemplateValidationException doesNotFit) {
      if (rules.isEmpty()) {
        throw new AssertionError("a template read without error, instantiated without rules, failed", doesNotFit);
      }
      stats.documented("TemplateValidationException from instantiate");
      return;
    }
    assertThat(made.plan().commitments()).hasSameSizeAs(made.tailoredTemplate().steps());
    PlanInvariants.check(made.plan(), stats);

    assertThat(made.readyToShare()).as("champion, economic buyer and co-owner are among the people").isTrue();
    MutualActionPlan shared;
    try {
      shared = PlanEditor.standard().apply(made.plan(), PlanChange.share(MARIA), ALEX, CREATED.plusSeconds(60))
          .plan();
    } catch (ChangeRejectedException refused) {
      throw new AssertionError("a plan ready to share could not be shared", refused);
    }
    assertThat(shared.kind()).isEqualTo(PlanKind.MUTUAL_ACTION_PLAN);
    PlanInvariants.check(shared, stats);
  }

  private static Stakeholder person(StakeholderId id, Side side, String name, Role... roles) {
    return Stakeholder.builder().id(id).side(side).name(name).addRoles(roles).build();
  }
}
