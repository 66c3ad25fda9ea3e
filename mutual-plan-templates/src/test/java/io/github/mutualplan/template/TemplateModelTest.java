package io.github.mutualplan.template;

import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Money;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Violation;
import io.github.mutualplan.Visibility;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The template model by example: what it refuses, and what each customization operation does. */
class TemplateModelTest {
  static final PlanTemplate SMALL = TemplateFiles.readTemplate(TemplateFilesTest.GOOD, "small.yaml",
      TemplateFiles.Format.YAML);

  static StepTemplate step(String key, Side side, Role role, int days, String... dependsOn) {
    return StepTemplate.builder().key(key).title(LocalizedText.of(key)).side(side).ownerRole(role)
        .durationDays(days).addDependsOn(dependsOn).build();
  }

  @Test
  void aTemplateReportsEveryProblemAtOnce() {
    TemplateValidationException e = catchThrowableOfType(TemplateValidationException.class, () -> PlanTemplate.builder()
        .id("Bad Id").version(" ").name(LocalizedText.of("Bad"))
        .addSteps(step("a", Side.SELLER, Role.SALES_ENGINEER, 0, "b"),
            step("b", Side.BUYER, Role.LEGAL, 2, "a").withVisibility(Visibility.INTERNAL),
            step("a", Side.SELLER, Role.SALES_ENGINEER, 1))
        .addCriteria(CriterionTemplate.builder().key("price").name(LocalizedText.of("Price"))
            .category(io.github.mutualplan.CriterionCategory.COMMERCIAL).weight(0).ownerRole(Role.SALES_ENGINEER)
            .build())
        .build());

    assertThat(e.problems()).containsExactly(
        "id: 'Bad Id' is not a valid key: use 1 to 100 ASCII letters, digits, '-', '_' or '.', starting with a letter"
            + " or digit",
        "version: must not be blank",
        "steps[a]: the key is used more than once",
        "steps[a].durationDays: must be from 1 to 2610 working days (was 0)",
        "steps[b].visibility: a step the buyer owes is always shared",
        "steps[a].dependsOn: dependency cycle a -> b -> a",
        "criteria[price].weight: must be between 1 and 100 (was 0)",
        "criteria[price].ownerRole: sales-engineer is a SELLER role; a criterion is owned on the BUYER side");
  }

  @Test
  void aTemplatesProblemsAreTypedViolationsLikeAPlans() {
    TemplateValidationException e = catchThrowableOfType(TemplateValidationException.class, () -> PlanTemplate.builder()
        .id("demo").version("1").name(LocalizedText.of("Demo"))
        .addSteps(step("a", Side.SELLER, Role.SALES_ENGINEER, 1, "b", "nope"),
            step("b", Side.SELLER, Role.SALES_ENGINEER, 3000, "a"),
            step("b", Side.SELLER, Role.SALES_ENGINEER, 1))
        .build());

    assertThat(e.violations()).extracting(Violation::rule, Violation::path).containsExactly(
        tuple(PlanRule.UNIQUE_IDS, "steps[b]"),
        tuple(PlanRule.RESOLVED_REFERENCES, "steps[a].dependsOn[nope]"),
        tuple(PlanRule.WITHIN_LIMITS, "steps[b].durationDays"),
        tuple(PlanRule.ACYCLIC_DEPENDENCIES, "steps[a].dependsOn"));
    assertThat(e.problems()).isEqualTo(e.violations().stream().map(Violation::toString).collect(toList()));
  }

  @Test
  void addingAStepAfterAnotherPutsItBetweenThatStepAndWhatFollowedIt() {
    PlanTemplate t = TemplateOperation.addStep(step("pilot", Side.BUYER, Role.TECHNICAL_EVALUATOR, 10),
        Optional.of("demo"), Optional.empty()).applyTo(SMALL);

    assertThat(t.steps()).extracting(StepTemplate::key).containsExactly("demo", "pilot", "signature");
    assertThat(t.step("pilot").get().dependsOn()).containsExactly("demo");
    assertThat(t.step("signature").get().dependsOn()).containsExactly("pilot");
  }

  @Test
  void addingAStepBeforeAnotherTakesOverWhatThatStepWaitedFor() {
    PlanTemplate t = TemplateOperation.addStep(step("legal-review", Side.BUYER, Role.LEGAL, 5),
        Optional.empty(), Optional.of("signature")).applyTo(SMALL);

    assertThat(t.steps()).extracting(StepTemplate::key).containsExactly("demo", "legal-review", "signature");
    assertThat(t.step("legal-review").get().dependsOn()).containsExactly("demo");
    assertThat(t.step("signature").get().dependsOn()).containsExactly("legal-review");
  }

  @Test
  void addingAStepTheTemplateHasLeavesItAsItIs() {
    assertThat(TemplateOperation.addStep(step("demo", Side.SELLER, Role.SALES_ENGINEER, 99), Optional.empty(),
        Optional.empty()).applyTo(SMALL)).isEqualTo(SMALL);
  }

  @Test
  void removingAStepBridgesItsDependentsToWhatItWaitedFor() {
    PlanTemplate three = TemplateOperation.addStep(step("pilot", Side.BUYER, Role.TECHNICAL_EVALUATOR, 10),
        Optional.of("demo"), Optional.empty()).applyTo(SMALL);

    PlanTemplate t = TemplateOperation.removeStep("pilot").applyTo(three);

    assertThat(t).isEqualTo(SMALL);
    assertThatThrownBy(() -> TemplateOperation.removeStep("nope").applyTo(SMALL))
        .isInstanceOf(TemplateValidationException.class).hasMessageContaining("the template has no step 'nope'");
  }

  @Test
  void scalingAndSettingDurationsRoundUpAndCarryTheEstimate() {
    PlanTemplate scaled = TemplateOperation.scaleDurations(1.5, Set.of("legal")).applyTo(SMALL);
    assertThat(scaled.step("signature").get().durationDays()).hasValue(5);
    assertThat(scaled.step("signature").get().estimate()).contains(DurationEstimate.of(2, 5, 14));
    assertThat(scaled.step("demo")).isEqualTo(SMALL.step("demo"));

    PlanTemplate set = TemplateOperation.setDuration("signature", 6, Optional.empty()).applyTo(SMALL);
    assertThat(set.step("signature").get().estimate()).contains(DurationEstimate.of(2, 6, 18));
    assertThatThrownBy(() -> TemplateOperation.scaleDurations(0, Set.of()).applyTo(SMALL))
        .isInstanceOf(TemplateValidationException.class).hasMessageContaining("must be more than 0");
  }

  @Test
  void aProfileIsCheckedAndKnowsItsSegment() {
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .dealSize(Money.of("480000", "USD")).buyerCountry("US").build();
    assertThat(hospital.effectiveSegment()).isEqualTo(Segment.ENTERPRISE);
    assertThat(hospital.withSegment(Segment.STARTUP).effectiveSegment()).isEqualTo(Segment.STARTUP);

    assertThat(catchThrowableOfType(TemplateValidationException.class, () -> CustomerProfile.builder()
        .industry("Health Care").dealSize(Money.of("1", "USD")).buyerCountry("usa").decisionMakers(0).build())
        .problems()).containsExactly(
            "industry: 'Health Care' is not a lower-case key such as healthcare or public-sector",
            "segment: needs a segment or a head count",
            "decisionMakers: must be at least 1 (was 0)",
            "buyerCountry: 'usa' is not an upper-case ISO 3166-1 code such as US");
  }

  @Test
  void aTextFallsBackToEnglish() {
    LocalizedText text = LocalizedText.of(Map.of("en", "Contract signed", "ru", "Договор подписан"));
    assertThat(text.in(new Locale("ru"))).isEqualTo("Договор подписан");
    assertThat(text.in(Locale.GERMAN)).isEqualTo("Contract signed");
    assertThat(LocalizedText.of(Map.of("ru", "Только по-русски")).in(Locale.ENGLISH)).isEqualTo("Только по-русски");
    assertThatThrownBy(() -> LocalizedText.of(Map.of("english", "x")))
        .isInstanceOf(TemplateValidationException.class).hasMessageContaining("'english' is not a language code");
  }

  @Test
  void theLintWarnsOfTooFewAndTooManySteps() {
    assertThat(TemplateLint.warnings(SMALL)).containsExactly(
        "steps: only 2; plans of fewer than 6 steps tend to skip critical ones",
        "milestones[signed].exitCriteria: none, so nobody can tell it is reached");
  }

  @Test
  void theApiRejectsNullAndItsValuesAreValues() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(PlanTemplate.class, SMALL)
        .setDefault(LocalizedText.class, LocalizedText.of("x"))
        .setDefault(StepTemplate.class, SMALL.steps().get(0))
        .setDefault(Role.class, Role.LEGAL)
        .setDefault(TemplateFiles.Format.class, TemplateFiles.Format.YAML);
    for (Class<?> type : List.of(PlanTemplate.class, LocalizedText.class, TemplateFiles.class, TemplateLint.class,
        TemplateOperation.class, Anchor.class, Catalogue.class, CustomerProfile.class, RuleDefinition.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(SMALL);
    tester.testAllPublicInstanceMethods(PlanTemplate.builder());
    tester.testAllPublicInstanceMethods(StepTemplate.builder());
    tester.testAllPublicInstanceMethods(TemplateInstantiator.standard());
    new EqualsTester()
        .addEqualityGroup(SMALL, TemplateFiles.readTemplate(TemplateFilesTest.GOOD, "again.yaml", TemplateFiles.Format.YAML))
        .addEqualityGroup(SMALL.withVersion("2"))
        .addEqualityGroup(LocalizedText.of("x"), LocalizedText.of(Map.of("en", "x")))
        .addEqualityGroup(Anchor.startOn(java.time.LocalDate.of(2027, 1, 1)))
        .testEquals();
  }
}
