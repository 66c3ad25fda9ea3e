package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Money;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Tags;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The built-in catalogue passes its own lint: every template, and every template as any combination of the
 * built-in rules tailors it. Regulated and formally procured deals may be longer than 20 steps, because the steps
 * a regulation or procurement imposes (tagged compliance or procurement) do not count towards that limit.
 */
class CatalogueLintTest {
  static final Catalogue CATALOGUE = Catalogue.builtIn();

  @Test
  void everyBuiltInTemplatePassesTheLint() {
    assertThat(CATALOGUE.templates()).allSatisfy(t -> assertThat(TemplateLint.warnings(t)).as(t.id()).isEmpty());
  }

  @Test
  void everyCombinationOfTheBuiltInRulesPassesTheLintOnEveryTemplate() {
    CustomerProfile anyone = CustomerProfile.builder().industry("technology").segment(Segment.MID_MARKET)
        .dealSize(Money.of("50000", "USD")).buyerCountry("US").build();
    List<String> problems = new ArrayList<>();
    for (PlanTemplate template : CATALOGUE.templates()) {
      for (List<CustomizationRule> rules : PurchasingOrderTest.everySubsetOfTheRules()) {
        PlanTemplate tailored = PurchasingOrderTest.apply(template, rules, anyone);
        TemplateLint.warnings(tailored).forEach(w -> problems.add(template.id() + " with " + rules.size()
            + " rules: " + w));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyCustomersPlanPassesTheLint() {
    qt().withExamples(300).forAll(PurchasingOrderTest.templatesAndProfiles()).checkAssert(c -> {
      PlanTemplate template = (PlanTemplate) c[0];
      CustomerProfile profile = (CustomerProfile) c[1];

      PlanTemplate tailored = PurchasingOrderTest.tailored(template, profile);

      assertThat(TemplateLint.warnings(tailored)).as("%s for %s", template.id(), profile).isEmpty();
    });
  }

  /** The plan a user found over the limit: 21 steps, 6 of them imposed by HIPAA and formal procurement. */
  @Test
  void aHealthSystemsTwentyOneStepsAreWithinTheLintBecauseSixAreImposed() {
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT).addComplianceRegimes(ComplianceRegime.HIPAA)
        .decisionMakers(9).dealSize(Money.of("480000", "USD")).buyerCountry("US").build();

    PlanTemplate tailored = PurchasingOrderTest.tailored(CATALOGUE.templateFor(hospital), hospital);

    assertThat(tailored.steps()).hasSize(21);
    assertThat(tailored.steps()).filteredOn(s -> s.tags().stream().anyMatch(Tags.mandated()::contains))
        .extracting(StepTemplate::key).containsExactlyInAnyOrder("documentation-package", "compliance-review",
            "security-risk-assessment", "business-associate-agreement", "vendor-registration", "purchase-order");
    assertThat(TemplateLint.warnings(tailored)).isEmpty();
  }

  @Test
  void moreThanTwentyStepsTheTeamChoseAreHardToKeepUpToDate() {
    assertThat(TemplateLint.warnings(template(21, 0))).containsExactly(
        "steps: 21; plans of more than 20 such steps are hard to keep up to date");
    assertThat(TemplateLint.warnings(template(24, 3))).containsExactly(
        "steps: 24, 21 of them not tagged compliance or procurement; plans of more than 20 such steps are hard to"
            + " keep up to date");
    assertThat(TemplateLint.warnings(template(24, 4))).isEmpty();
  }

  @Test
  void moreThanThirtyStepsDoNoBetterThanNoneWhateverTheyAre() {
    assertThat(TemplateLint.warnings(template(31, 31))).containsExactly(
        "steps: 31; plans of more than 30 steps do no better than none");
  }

  /** The lint's rule over any number of steps, of which any are imposed. */
  @Test
  void theLintCountsImposedStepsOnlyTowardsThirty() {
    qt().withExamples(200).forAll(stepsAndImposed()).checkAssert(n -> {
      List<String> warnings = TemplateLint.warnings(template(n[0], n[1]));
      boolean tooMany = n[0] > TemplateLint.TOO_MANY_STEPS;
      boolean hard = !tooMany && n[0] - n[1] > TemplateLint.MOST_STEPS;
      assertThat(warnings).as("%d steps, %d imposed", n[0], n[1]).hasSize(tooMany || hard ? 1 : 0);
      warnings.forEach(w -> assertThat(w).contains(tooMany ? "do no better than none" : "hard to keep up to date"));
    });
  }

  /** A number of steps from 6 to 40, and how many of them are imposed. */
  static Gen<int[]> stepsAndImposed() {
    return in -> {
      Draw d = Gens.draw(in);
      int steps = d.between(6, 40);
      return new int[] {steps, d.between(0, steps)};
    };
  }

  /** A chain of steps, the last few tagged compliance or procurement, closing at the last. */
  static PlanTemplate template(int steps, int imposed) {
    PlanTemplate.Builder t = PlanTemplate.builder().id("long").version("1").name(LocalizedText.of("Long"))
        .addMilestones(MilestoneTemplate.builder().key("signed").name(LocalizedText.of("Signed")).closing(true)
            .addExitCriteria(LocalizedText.of("Signed by both")).build());
    for (int i = 0; i < steps; i++) {
      StepTemplate.Builder step = StepTemplate.builder().key("step-" + i).title(LocalizedText.of("Step " + i))
          .side(Side.BUYER).ownerRole(Role.CHAMPION).durationDays(1);
      if (i > 0) {
        step.addDependsOn("step-" + (i - 1));
      }
      if (i >= steps - imposed) {
        step.tags(Set.of(i % 2 == 0 ? Tags.COMPLIANCE : Tags.PROCUREMENT));
      }
      if (i == steps - 1) {
        step.milestone("signed");
      }
      t.addSteps(step.build());
    }
    return t.build();
  }
}
