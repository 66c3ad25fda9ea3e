package io.github.mutualplan.insights;

import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.LocalizedText;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.Segment;
import io.github.mutualplan.template.StepTemplate;
import io.github.mutualplan.template.TemplateInstantiator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The templates and plans the tests make deals of. */
final class Deals {
  static final Stakeholder AE = Stakeholder.builder().id(StakeholderId.of("ae")).side(Side.SELLER).name("Alex")
      .addRoles(Role.ACCOUNT_EXECUTIVE).build();
  static final CustomerProfile HOSPITAL = CustomerProfile.builder().industry("healthcare")
      .segment(Segment.ENTERPRISE).dealSize(Money.of("250000", "EUR")).buyerCountry("DE").build();

  /** Three steps: a demo, then a security review (the buyer's) and a proposal, both after the demo. */
  static final PlanTemplate SMALL = PlanTemplate.builder().id("small").version("1").name(LocalizedText.of("Small"))
      .addSteps(step("demo", Side.SELLER, Role.SALES_ENGINEER, 3),
          step("security-review", Side.BUYER, Role.SECURITY, 10, "demo"),
          step("proposal", Side.SELLER, Role.ACCOUNT_EXECUTIVE, 5, "demo"))
      .build();

  private Deals() {}

  static StepTemplate step(String key, Side side, Role role, int days, String... dependsOn) {
    return StepTemplate.builder().key(key).title(LocalizedText.of(key)).side(side).ownerRole(role)
        .durationDays(days).addDependsOn(dependsOn).build();
  }

  /** The plan this template makes for a hospital, starting on Monday 1 March 2027. */
  static MutualActionPlan plan(PlanTemplate template) {
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(template).profile(HOSPITAL).planId(PlanId.of("deal"))
        .deal(Deal.of("Hospital", HOSPITAL.dealSize())).sellerOrganization("Acme").addPeople(AE).sellerOwner(AE.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 3, 1))).zone(ZoneId.of("Europe/Berlin")).createdAt(Instant.EPOCH)
        .build()).plan();
  }

  /** The built-in template for a hospital, tailored by the built-in rules, and its plan. */
  static MutualActionPlan hospitalPlan() {
    Catalogue catalogue = Catalogue.builtIn();
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(catalogue.templateFor(HOSPITAL)).rules(catalogue.rules()).profile(HOSPITAL)
        .planId(PlanId.of("hospital")).deal(Deal.of("Hospital", HOSPITAL.dealSize())).sellerOrganization("Acme")
        .addPeople(AE).sellerOwner(AE.id()).anchor(Anchor.startOn(LocalDate.of(2027, 3, 1)))
        .zone(ZoneId.of("Europe/Berlin")).createdAt(Instant.EPOCH).build()).plan();
  }
}
