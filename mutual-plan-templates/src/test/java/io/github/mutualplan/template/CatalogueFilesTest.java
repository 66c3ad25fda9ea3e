package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Languages;
import io.github.mutualplan.Money;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the files of the built-in catalogue with nothing but {@link TemplateFiles} and the model: every file of
 * the index reads, every text is in every language the library ships (English and Russian), the plans have a
 * useful number of steps and a pre-sale length that follows the public figures for their segment, and every rule
 * applies to every template.
 */
class CatalogueFilesTest {
  private static final String SIGNATURE = "contract-signature";

  /** The pre-sale critical path, in working days, that each template must have: [lowest, highest]. */
  private static final Map<String, int[]> PRE_SALE_WORKING_DAYS = Map.of(
      "startup-fast-track", new int[] {15, 35},
      "smb-velocity", new int[] {21, 63},
      "standard-b2b", new int[] {63, 190},
      "enterprise-procurement", new int[] {190, 300},
      "public-sector", new int[] {190, 330},
      "healthcare-provider", new int[] {250, 380});

  private static final Set<String> TAGS = Tags.standard();

  /** Any valid profile: {@link RuleDefinition#apply} does not look at it. */
  private static final CustomerProfile PROFILE = CustomerProfile.builder()
      .industry("technology")
      .segment(Segment.MID_MARKET)
      .dealSize(Money.of("50000", "USD"))
      .buyerCountry("US")
      .build();

  private static final Map<String, List<String>> INDEX = CatalogueYaml.index();
  private static final Map<String, PlanTemplate> TEMPLATES = CatalogueYaml.templates();
  private static final List<RuleDefinition> RULES = CatalogueYaml.rules();

  @Test
  void theIndexListsTheSixTemplatesAndTheRules() {
    assertThat(INDEX.keySet()).containsExactlyInAnyOrder("templates", "rules");
    assertThat(INDEX.get("templates")).containsExactlyInAnyOrder("standard-b2b.yaml", "startup-fast-track.yaml",
        "smb-velocity.yaml", "enterprise-procurement.yaml", "public-sector.yaml", "healthcare-provider.yaml");
    assertThat(INDEX.get("rules")).isNotEmpty();
    TEMPLATES.forEach((file, template) -> {
      assertThat(template.id()).as(file).isEqualTo(file.replaceFirst("\\.yaml$", ""));
      // A template whose steps change gets a new version, so that a plan's provenance names what it was made from.
      assertThat(template.version()).as(file)
          .isEqualTo(file.equals("enterprise-procurement.yaml") ? "1.1" : "1.0");
    });
    assertThat(RULES).extracting(RuleDefinition::id).doesNotHaveDuplicates().contains("hipaa", "gdpr", "soc-2",
        "formal-procurement", "deal-size", "many-decision-makers", "small-healthcare-practice");
  }

  @Test
  void everyTextIsInEveryLanguageTheLibraryShips() {
    List<String> problems = new ArrayList<>();
    TEMPLATES.forEach((file, template) -> {
      Map<String, LocalizedText> texts = texts(template, file);
      assertThat(texts.size()).as(file + ": texts found").isGreaterThan(2 * template.steps().size());
      texts.forEach((path, text) -> check(path, text, problems));
    });
    for (RuleDefinition rule : RULES) {
      Map<String, LocalizedText> texts = texts(rule, "rules[" + rule.id() + "]");
      assertThat(texts).as(rule.id() + ": texts found").isNotEmpty();
      texts.forEach((path, text) -> check(path, text, problems));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTemplateHasSixToTwentySteps() {
    TEMPLATES.forEach((file, template) -> assertThat(template.steps()).as(file).hasSizeBetween(6, 20));
  }

  @Test
  void thePreSaleCriticalPathFollowsThePublicFiguresForTheSegment() {
    TEMPLATES.values().forEach(template -> {
      int days = criticalPath(template, SIGNATURE);
      int[] range = PRE_SALE_WORKING_DAYS.get(template.id());
      assertThat(range).as(template.id() + ": no expected range").isNotNull();
      assertThat(days).as(template.id() + ": pre-sale critical path").isBetween(range[0], range[1]);
    });
  }

  @Test
  void everyTemplateHasTheKeysTheRulesAnchorOn() {
    TEMPLATES.forEach((file, template) -> {
      StepTemplate proposal = template.step("proposal").orElseThrow(() -> new AssertionError(file + ": no proposal"));
      assertThat(proposal.side()).as(file + ": proposal").isEqualTo(Side.SELLER);
      StepTemplate signature =
          template.step(SIGNATURE).orElseThrow(() -> new AssertionError(file + ": no contract-signature"));
      assertThat(signature.side()).as(file + ": contract-signature").isEqualTo(Side.BUYER);
      assertThat(signature.milestone()).as(file + ": contract-signature").contains("contract-signed");
      assertThat(template.milestones().stream().filter(MilestoneTemplate::closing).map(MilestoneTemplate::key))
          .as(file + ": closing milestones").containsExactly("contract-signed");
      boolean light = template.id().equals("startup-fast-track") || template.id().equals("smb-velocity");
      assertThat(template.step("security-review").isPresent()).as(file + ": security-review").isEqualTo(!light);
    });
  }

  @Test
  void everyTemplateIsAMutualPlanWithItsElements() {
    TEMPLATES.forEach((file, template) -> {
      assertThat(template.requiredRoles()).as(file).contains(Role.CHAMPION, Role.ECONOMIC_BUYER);
      assertThat(template.stages()).as(file).isNotEmpty();
      assertThat(template.steps()).as(file + ": customer pledges").anyMatch(s -> s.side() == Side.BUYER);
      assertThat(template.steps()).as(file + ": seller steps").anyMatch(s -> s.side() == Side.SELLER);
      long estimated = template.steps().stream().filter(s -> s.estimate().isPresent()).count();
      assertThat(estimated).as(file + ": steps with an estimate").isGreaterThan(template.steps().size() / 2);
      for (StepTemplate step : template.steps()) {
        String path = file + ": steps[" + step.key() + "]";
        step.estimate().ifPresent(e -> assertThat(e.mostLikely()).as(path + ".estimate.mostLikely")
            .isEqualTo(template.durationOf(step)));
        assertThat(TAGS).as(path + ".tags").containsAll(step.tags());
        assertThat(step.title().in(Locale.ENGLISH).length()).as(path + ".title").isLessThanOrEqualTo(80);
        step.ownerRole().side().ifPresent(side -> assertThat(side).as(path + ".ownerRole").isEqualTo(step.side()));
      }
      assertThat(template.milestones()).as(file)
          .allSatisfy(m -> assertThat(m.exitCriteria()).as(file + ": " + m.key()).isNotEmpty());
      assertThat(template.criteria()).as(file + ": criteria").isNotEmpty().allSatisfy(c -> {
        assertThat(c.weight()).as(file + ": " + c.key()).isGreaterThan(1);
        assertThat(c.ownerRole()).as(file + ": " + c.key()).isPresent();
      });
      assertThat(template.objectives()).as(file + ": objectives").isNotEmpty();
      assertThat(template.metrics()).as(file + ": metrics").isNotEmpty().allSatisfy(m -> {
        assertThat(m.objective()).as(file + ": " + m.key()).isPresent();
        assertThat(m.measuredDaysAfterClose()).as(file + ": " + m.key()).isPositive();
      });
      assertThat(ownersNotRequired(template)).as(file + ": owner roles not required").isEmpty();
    });
  }

  @Test
  void onboardingStepsFollowTheSignatureAndLeadToAMilestoneAfterTheClose() {
    TEMPLATES.forEach((file, template) -> {
      List<StepTemplate> onboarding = template.steps().stream().filter(s -> s.tags().contains("onboarding"))
          .collect(Collectors.toList());
      assertThat(onboarding).as(file + ": onboarding steps").hasSizeBetween(1, 2);
      assertThat(onboarding).as(file).allMatch(s -> dependsOn(template, s.key(), SIGNATURE));
      Set<String> closing = template.milestones().stream().filter(MilestoneTemplate::closing)
          .map(MilestoneTemplate::key).collect(Collectors.toSet());
      assertThat(onboarding).as(file + ": a milestone after the close")
          .anyMatch(s -> s.milestone().filter(m -> !closing.contains(m)).isPresent());
    });
  }

  /** The risk rules know a regulated buyer by the rule of its regime in the plan's provenance: its key. */
  @Test
  void aComplianceRuleIsNamedForItsRegime() {
    List<RuleDefinition> compliance =
        RULES.stream().filter(r -> !r.when().complianceRegimes().isEmpty()).collect(Collectors.toList());
    assertThat(compliance).extracting(RuleDefinition::id).contains("hipaa", "gdpr", "soc-2");
    assertThat(compliance).allSatisfy(rule -> assertThat(rule.when().complianceRegimes()).as(rule.id())
        .singleElement().extracting(ComplianceRegime::key).isEqualTo(rule.id()));
  }

  @Test
  void everyRuleAppliesToEveryTemplate() {
    for (PlanTemplate template : TEMPLATES.values()) {
      for (RuleDefinition rule : RULES) {
        assertThatCode(() -> rule.apply(template, PROFILE)).as(rule.id() + " on " + template.id())
            .doesNotThrowAnyException();
        PlanTemplate tailored = rule.apply(template, PROFILE);
        assertThat(tailored.step(SIGNATURE)).as(rule.id() + " on " + template.id()).isPresent();
        assertThat(ownersNotRequired(tailored)).as(rule.id() + " on " + template.id() + ": owner roles not required")
            .isEmpty();
      }
    }
  }

  @Test
  void allRulesTogetherApplyToEveryTemplate() {
    List<RuleDefinition> inOrder = new ArrayList<>(RULES);
    inOrder.sort(Comparator.comparingInt(RuleDefinition::order));
    for (PlanTemplate template : TEMPLATES.values()) {
      PlanTemplate tailored = template;
      for (RuleDefinition rule : inOrder) {
        tailored = rule.apply(tailored, PROFILE);
      }
      assertThat(tailored.steps()).as(template.id()).hasSizeLessThanOrEqualTo(30);
      for (String key : List.of("business-associate-agreement", "security-risk-assessment",
          "data-processing-agreement", "security-questionnaire", "vendor-registration", "purchase-order",
          "discount-approval", "department-reviews")) {
        assertThat(tailored.step(key)).as(template.id() + " with every rule: " + key).isPresent();
      }
      assertThat(dependsOn(tailored, "purchase-order", SIGNATURE))
          .as(template.id() + ": the order follows the signature").isTrue();
      assertThat(dependsOn(tailored, SIGNATURE, "purchase-order")).as(template.id()).isFalse();
    }
  }

  @Test
  void afterTheHipaaRuleEveryTemplateHasABusinessAssociateAgreementBeforeSignature() {
    RuleDefinition hipaa = rule("hipaa");
    for (PlanTemplate template : TEMPLATES.values()) {
      PlanTemplate tailored = hipaa.apply(template, PROFILE);
      assertThat(tailored.step("business-associate-agreement")).as(template.id()).isPresent();
      assertThat(tailored.step("security-risk-assessment")).as(template.id()).isPresent();
      assertThat(dependsOn(tailored, SIGNATURE, "business-associate-agreement")).as(template.id()).isTrue();
      assertThat(dependsOn(tailored, SIGNATURE, "security-risk-assessment")).as(template.id()).isTrue();
      assertThat(tailored.criteria()).as(template.id()).anyMatch(c -> c.key().equals("hipaa"));
      assertThat(tailored.requiredRoles()).as(template.id()).contains(Role.COMPLIANCE);
      assertThat(hipaa.apply(tailored, PROFILE)).as(template.id() + ": applied twice").isEqualTo(tailored);
    }
  }

  @Test
  void aPhysicianOfficeBuysInSixtyToNinetyDays() {
    PlanTemplate healthSystem = TEMPLATES.get("healthcare-provider.yaml");
    RuleDefinition small = rule("small-healthcare-practice");
    CustomerProfile office = CustomerProfile.builder().industry("healthcare").segment(Segment.SMB)
        .dealSize(Money.of("10000", "USD")).buyerCountry("US").build();
    assertThat(small.when().matches(healthSystem, office)).isTrue();
    assertThat(small.when().matches(healthSystem, PROFILE)).isFalse();
    assertThat(small.when().matches(TEMPLATES.get("smb-velocity.yaml"), office)).isFalse();
    int alone = criticalPath(small.apply(healthSystem, office), SIGNATURE);
    int withHipaa = criticalPath(small.apply(rule("hipaa").apply(healthSystem, office), office), SIGNATURE);
    for (int workingDays : new int[] {alone, withHipaa}) {
      assertThat(workingDays * 7 / 5).as("calendar days of a physician office's plan").isBetween(60, 90);
    }
  }

  @Test
  void everyTemplateWritesAndReadsBackEqual() {
    TEMPLATES.forEach((file, template) -> {
      for (TemplateFiles.Format format : TemplateFiles.Format.values()) {
        String text = TemplateFiles.write(template, format);
        assertThat(TemplateFiles.readTemplate(text, file, format)).as(file + " as " + format).isEqualTo(template);
      }
    });
  }

  @Test
  void everyRuleWritesAndReadsBackEqual() {
    for (TemplateFiles.Format format : TemplateFiles.Format.values()) {
      String text = TemplateFiles.writeRules(RULES, format);
      assertThat(TemplateFiles.readRules(text, "rules", format)).as(format.toString()).isEqualTo(RULES);
    }
  }

  // --- helpers

  /** The working days from the start of the plan to the end of a step: the longest chain through its dependencies. */
  static int criticalPath(PlanTemplate template, String key) {
    return finish(template, key, new HashMap<>());
  }

  private static int finish(PlanTemplate template, String key, Map<String, Integer> memo) {
    Integer known = memo.get(key);
    if (known != null) {
      return known;
    }
    StepTemplate step = template.step(key).orElseThrow(() -> new AssertionError("no step " + key));
    int start = 0;
    for (String dependency : step.dependsOn()) {
      start = Math.max(start, finish(template, dependency, memo));
    }
    int end = start + template.durationOf(step);
    memo.put(key, end);
    return end;
  }

  /** Whether step {@code key} waits, directly or not, for step {@code on}. */
  private static boolean dependsOn(PlanTemplate template, String key, String on) {
    for (String dependency : template.step(key).orElseThrow().dependsOn()) {
      if (dependency.equals(on) || dependsOn(template, dependency, on)) {
        return true;
      }
    }
    return false;
  }

  private static Set<Role> ownersNotRequired(PlanTemplate template) {
    return template.steps().stream().map(StepTemplate::ownerRole)
        .filter(role -> !template.requiredRoles().contains(role)).collect(Collectors.toSet());
  }

  private static void check(String path, LocalizedText text, List<String> problems) {
    Set<String> shipped = Languages.shipped().stream().map(Locale::getLanguage).collect(Collectors.toSet());
    if (!text.byLanguage().keySet().equals(shipped)) {
      problems.add(path + ": languages " + text.byLanguage().keySet() + ", expected " + shipped);
    } else if (text.byLanguage().get("ru").matches("(?s).*\\p{L}.*")
        && !text.byLanguage().get("ru").matches("(?s).*\\p{IsCyrillic}.*")) { // a symbol such as % is both
      problems.add(path + ".ru: not Russian: " + text.byLanguage().get("ru"));
    }
  }

  /** Every localized text reachable from a model object, by path: walks the model's accessors. */
  private static Map<String, LocalizedText> texts(Object root, String path) {
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    collect(root, path, texts);
    return texts;
  }

  private static void collect(Object value, String path, Map<String, LocalizedText> texts) {
    if (value instanceof LocalizedText) {
      texts.put(path, (LocalizedText) value);
    } else if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(v -> collect(v, path, texts));
    } else if (value instanceof Collection<?>) {
      int i = 0;
      for (Object item : (Collection<?>) value) {
        collect(item, path + "[" + i++ + "]", texts);
      }
    } else if (value instanceof Map<?, ?>) {
      ((Map<?, ?>) value).forEach((k, v) -> collect(v, path + "[" + k + "]", texts));
    } else if (value != null && CatalogueYaml.isModelValue(value)) {
      CatalogueYaml.attributes(value).forEach((name, attribute) -> collect(attribute, path + "." + name, texts));
    }
  }

  private static RuleDefinition rule(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no rule " + id));
  }
}
