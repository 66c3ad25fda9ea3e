package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Tags;
import io.github.mutualplan.template.testing.TemplateSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The order of B2B purchasing holds in every built-in template and in every template the built-in rules tailor:
 * evaluation, security and compliance, business case, legal and contract come before the contract signature; the
 * purchase order after it; the kickoff and the rest of onboarding after both.
 *
 * <p>The order is read from the dependency graph of the steps ({@code dependsOn}, directly or not), over keys and
 * tags, so that it holds for whatever steps a rule adds:
 * <ul>
 *   <li>the <b>signature</b> is the step that leads to the closing milestone ({@code contract-signature});
 *   <li>every step tagged {@code technical} (evaluation), {@code security}, {@code compliance},
 *       {@code commercial} (business case, budget, terms) or {@code legal} and not {@code onboarding} comes before
 *       the signature;
 *   <li>the <b>purchase order</b>, the step {@code purchase-order}, comes after the signature;
 *   <li>every other step tagged {@code procurement} (supplier registration, tender) comes before the signature or
 *       the purchase order;
 *   <li>every step tagged {@code onboarding} (the kickoff first) comes after the signature and the purchase order.
 * </ul>
 * A step of none of these tags (a discovery call, the reviews by each department) is not placed.
 */
class PurchasingOrderTest {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final String PURCHASE_ORDER = "purchase-order";
  static final Set<String> BEFORE_SIGNATURE =
      Set.of(Tags.TECHNICAL, Tags.SECURITY, Tags.COMPLIANCE, Tags.COMMERCIAL, Tags.LEGAL);
  static final Stakeholder AE = Stakeholder.builder().id(StakeholderId.of("ae")).side(Side.SELLER).name("Alex")
      .addRoles(Role.ACCOUNT_EXECUTIVE).build();

  /** Every step of the template that breaks the order of purchasing, with why; empty when it holds. */
  static List<String> outOfOrder(PlanTemplate template) {
    List<String> problems = new ArrayList<>();
    Set<String> closing = template.milestones().stream().filter(MilestoneTemplate::closing)
        .map(MilestoneTemplate::key).collect(Collectors.toSet());
    List<StepTemplate> signatures = template.steps().stream()
        .filter(s -> s.milestone().filter(closing::contains).isPresent()).collect(Collectors.toList());
    if (signatures.size() != 1) {
      return List.of(template.id() + ": " + signatures.size() + " steps lead to the closing milestone, not 1");
    }
    String signature = signatures.get(0).key();
    Set<String> beforeSignature = ancestors(template, signature);
    Set<String> afterSignature = descendants(template, signature);
    Optional<StepTemplate> order = template.step(PURCHASE_ORDER);
    order.ifPresent(po -> {
      if (!afterSignature.contains(po.key())) {
        problems.add(template.id() + ": " + PURCHASE_ORDER + " does not follow " + signature);
      }
    });
    Set<String> beforeOrder = order.map(po -> ancestors(template, po.key())).orElse(Set.of());
    for (StepTemplate step : template.steps()) {
      String key = step.key();
      if (key.equals(signature) || key.equals(PURCHASE_ORDER)) {
        continue;
      }
      if (step.tags().contains(Tags.ONBOARDING)) {
        if (!afterSignature.contains(key)) {
          problems.add(template.id() + ": onboarding step " + key + " does not follow " + signature);
        }
        if (order.isPresent() && !descendants(template, PURCHASE_ORDER).contains(key)) {
          problems.add(template.id() + ": onboarding step " + key + " does not follow " + PURCHASE_ORDER);
        }
      } else if (step.tags().stream().anyMatch(BEFORE_SIGNATURE::contains) && !beforeSignature.contains(key)) {
        problems.add(template.id() + ": " + key + " " + step.tags() + " does not come before " + signature);
      } else if (step.tags().contains(Tags.PROCUREMENT) && !beforeSignature.contains(key)
          && !beforeOrder.contains(key)) {
        problems.add(template.id() + ": " + key + " [procurement] comes before neither " + signature + " nor "
            + PURCHASE_ORDER);
      }
    }
    return problems;
  }

  /** The steps a step waits for, directly or not. */
  static Set<String> ancestors(PlanTemplate template, String key) {
    Map<String, StepTemplate> byKey = template.steps().stream()
        .collect(Collectors.toMap(StepTemplate::key, s -> s));
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(byKey.get(key).dependsOn());
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(byKey.get(next).dependsOn());
      }
    }
    return seen;
  }

  /** The steps that wait for a step, directly or not. */
  static Set<String> descendants(PlanTemplate template, String key) {
    return template.steps().stream().map(StepTemplate::key)
        .filter(k -> ancestors(template, k).contains(key)).collect(Collectors.toSet());
  }

  /** The template as the instantiator tailors it with the built-in rules for this customer. */
  static PlanTemplate tailored(PlanTemplate template, CustomerProfile profile) {
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(template).rules(CATALOGUE.rules()).profile(profile).planId(PlanId.of("deal"))
        .deal(Deal.of("Account", profile.dealSize())).sellerOrganization("Acme").addPeople(AE).sellerOwner(AE.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 3, 1))).zone(ZoneId.of("UTC")).createdAt(Instant.EPOCH).build())
        .tailoredTemplate();
  }

  /** Every subset of the built-in rules, applied in their order whatever their conditions. */
  static List<List<CustomizationRule>> everySubsetOfTheRules() {
    List<CustomizationRule> rules = new ArrayList<>(CATALOGUE.rules());
    rules.sort(Comparator.comparingInt(CustomizationRule::order).thenComparing(CustomizationRule::id));
    List<List<CustomizationRule>> subsets = new ArrayList<>();
    for (int mask = 0; mask < 1 << rules.size(); mask++) {
      List<CustomizationRule> subset = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(rules.get(i));
        }
      }
      subsets.add(subset);
    }
    return subsets;
  }

  static PlanTemplate apply(PlanTemplate template, List<CustomizationRule> rules, CustomerProfile profile) {
    PlanTemplate tailored = template;
    for (CustomizationRule rule : rules) {
      tailored = rule.apply(tailored, profile);
    }
    return tailored;
  }

  /** A built-in template and any customer. */
  static Gen<Object[]> templatesAndProfiles() {
    return in -> new Object[] {Gens.draw(in).pick(CATALOGUE.templates()),
        TemplateSamplers.profiles().sample(Gens.draw(in))};
  }

  @Test
  void everyBuiltInTemplateKeepsTheOrderOfPurchasing() {
    assertThat(CATALOGUE.templates()).hasSize(6)
        .allSatisfy(template -> assertThat(outOfOrder(template)).as(template.id()).isEmpty());
  }

  @Test
  void everyCombinationOfTheBuiltInRulesKeepsTheOrderOfPurchasingInEveryTemplate() {
    CustomerProfile anyone = CustomerProfile.builder().industry("technology").segment(Segment.MID_MARKET)
        .dealSize(Money.of("50000", "USD")).buyerCountry("US").build();
    List<List<CustomizationRule>> subsets = everySubsetOfTheRules();
    assertThat(subsets).hasSize(1 << CATALOGUE.rules().size());
    List<String> problems = new ArrayList<>();
    for (PlanTemplate template : CATALOGUE.templates()) {
      for (List<CustomizationRule> rules : subsets) {
        String applied = rules.stream().map(CustomizationRule::id).collect(Collectors.joining(", "));
        outOfOrder(apply(template, rules, anyone)).forEach(p -> problems.add(p + " (rules: " + applied + ")"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyCustomersPlanKeepsTheOrderOfPurchasing() {
    qt().withExamples(300).forAll(templatesAndProfiles()).checkAssert(c -> {
      PlanTemplate template = (PlanTemplate) c[0];
      CustomerProfile profile = (CustomerProfile) c[1];

      assertThat(outOfOrder(tailored(template, profile))).as("%s for %s", template.id(), profile).isEmpty();
    });
  }

  @Test
  void aFormalProcurementsPurchaseOrderFollowsTheSignatureAndPrecedesTheKickoff() {
    qt().withExamples(200).forAll(templatesAndProfiles()).checkAssert(c -> {
      PlanTemplate template = (PlanTemplate) c[0];
      CustomerProfile profile = ((CustomerProfile) c[1]).withBuyingProcess(BuyingProcess.FORMAL_PROCUREMENT);

      PlanTemplate plan = tailored(template, profile);

      assertThat(ancestors(plan, PURCHASE_ORDER)).as(template.id()).contains("contract-signature",
          "vendor-registration");
      assertThat(ancestors(plan, "contract-signature")).as(template.id()).doesNotContain(PURCHASE_ORDER);
      assertThat(plan.steps()).filteredOn(s -> s.tags().contains(Tags.ONBOARDING)).as(template.id())
          .isNotEmpty().allSatisfy(s -> assertThat(ancestors(plan, s.key())).contains(PURCHASE_ORDER));
    });
  }

  /**
   * The case a user reported: a health system bought by formal procurement under HIPAA, by nine people, for a
   * large deal. Its purchase order was issued before the reviews by each department and the signature; it now
   * comes after the signature and before the implementation kickoff, and so do its dates.
   */
  @Test
  void aHealthSystemIssuesItsPurchaseOrderOnceTheContractIsSigned() {
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT).addComplianceRegimes(ComplianceRegime.HIPAA)
        .decisionMakers(9).dealSize(Money.of("480000", "USD")).buyerCountry("US").build();
    Instantiation made = TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(CATALOGUE.templateFor(hospital)).rules(CATALOGUE.rules()).profile(hospital)
        .planId(PlanId.of("northwind")).deal(Deal.of("Northwind Health", hospital.dealSize()))
        .sellerOrganization("Acme").addPeople(AE).sellerOwner(AE.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 1, 11))).zone(ZoneId.of("America/Chicago"))
        .createdAt(Instant.EPOCH).build());
    MutualActionPlan plan = made.plan();

    Commitment departments = commitment(plan, "department-reviews");
    Commitment signature = commitment(plan, "contract-signature");
    Commitment order = commitment(plan, PURCHASE_ORDER);
    Commitment kickoff = commitment(plan, "implementation-kickoff");
    assertThat(departments.due().get()).isBefore(signature.start().get());
    assertThat(signature.due().get()).isBefore(order.start().get());
    assertThat(order.due().get()).isBefore(kickoff.start().get());
    assertThat(order.dependsOn())
        .contains(CommitmentId.of("contract-signature"), CommitmentId.of("vendor-registration"));
    assertThat(kickoff.dependsOn()).containsExactly(CommitmentId.of(PURCHASE_ORDER));
    assertThat(plan.targetClose()).as("the close is the signature").isEqualTo(signature.due().get());
    assertThat(outOfOrder(made.tailoredTemplate())).isEmpty();
  }

  /** The check has teeth: the order the user reported, a purchase order before the signature, is caught. */
  @Test
  void aPurchaseOrderBeforeTheSignatureIsCaught() {
    PlanTemplate template = CATALOGUE.template("standard-b2b").orElseThrow();
    StepTemplate order = StepTemplate.builder().key(PURCHASE_ORDER).title(LocalizedText.of("Issue the purchase order"))
        .side(Side.BUYER).ownerRole(Role.PROCUREMENT).durationDays(10).addTags(Tags.PROCUREMENT).build();
    PlanTemplate broken = TemplateOperation.addStep(order, Optional.empty(), Optional.of("contract-signature"))
        .applyTo(template);

    assertThat(outOfOrder(broken)).containsExactly("standard-b2b: purchase-order does not follow contract-signature");
  }

  @Test
  void aSecurityReviewAfterTheSignatureIsCaught() {
    PlanTemplate template = CATALOGUE.template("smb-velocity").orElseThrow();
    StepTemplate late = StepTemplate.builder().key("late-security-review").title(LocalizedText.of("Security review"))
        .side(Side.BUYER).ownerRole(Role.SECURITY).durationDays(10).addTags(Tags.SECURITY).build();
    PlanTemplate broken = TemplateOperation.addStep(late, Optional.of("contract-signature"), Optional.empty())
        .applyTo(template);

    assertThat(outOfOrder(broken)).containsExactly(
        "smb-velocity: late-security-review [security] does not come before contract-signature");
  }

  private static Commitment commitment(MutualActionPlan plan, String key) {
    return plan.commitment(CommitmentId.of(key)).orElseThrow(() -> new AssertionError("no commitment " + key));
  }
}
