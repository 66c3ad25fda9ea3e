package io.github.mutualplan.template.testing;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Money;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.CriterionTemplate;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.LocalizedText;
import io.github.mutualplan.template.MetricTemplate;
import io.github.mutualplan.template.MilestoneTemplate;
import io.github.mutualplan.template.ObjectiveTemplate;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.RuleCondition;
import io.github.mutualplan.template.RuleDefinition;
import io.github.mutualplan.template.Segment;
import io.github.mutualplan.template.StageTemplate;
import io.github.mutualplan.template.StepTemplate;
import io.github.mutualplan.template.TemplateOperation;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.Sampler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Samplers of valid templates, customer profiles, rules that fit a template, and people bound to roles, free of
 * any property engine, as the samplers of {@code mutual-plan-testing} are.
 *
 * <pre>{@code
 * PlanTemplate template = TemplateSamplers.templates(20).sample(7L);
 * CustomerProfile customer = TemplateSamplers.profiles().sample(7L);
 * qt().forAll(Gens.of(TemplateSamplers.templates(20)), Gens.of(TemplateSamplers.profiles()))
 *     .checkAssert((t, p) -> ...);                         // QuickTheories, which shrinks
 * }</pre>
 *
 * <p>The class keeps no state; its samplers are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class TemplateSamplers {
  private static final List<Role> BUYER_ROLES = List.of(Role.CHAMPION, Role.ECONOMIC_BUYER, Role.DECISION_MAKER,
      Role.TECHNICAL_EVALUATOR, Role.LEGAL, Role.PROCUREMENT, Role.SECURITY, Role.COMPLIANCE);
  private static final List<Role> SELLER_ROLES =
      List.of(Role.ACCOUNT_EXECUTIVE, Role.SALES_ENGINEER, Role.SALES_MANAGER, Role.CUSTOMER_SUCCESS, Role.LEGAL);
  private static final List<String> TAGS =
      List.of("legal", "security", "compliance", "procurement", "technical", "commercial", "onboarding");
  private static final List<String> INDUSTRIES = List.of("healthcare", "technology", "public-sector", "manufacturing",
      "financial-services", "retail");

  private TemplateSamplers() {}

  /** Valid templates of 1 to {@code maxSteps} steps in a random DAG, with stages, milestones and the rest. */
  public static Sampler<PlanTemplate> templates(int maxSteps) {
    return d -> template(d, maxSteps);
  }

  /** Valid customer profiles of every segment, process, regime and size. */
  public static Sampler<CustomerProfile> profiles() {
    return TemplateSamplers::profile;
  }

  private static LocalizedText text(Draw d, String english) {
    return d.chance(70) ? LocalizedText.of(Map.of("en", english, "ru", "Текст: " + english))
        : LocalizedText.of(english);
  }

  private static PlanTemplate template(Draw d, int maxSteps) {
    PlanTemplate.Builder t = PlanTemplate.builder()
        .id("template-" + d.between(0, 99))
        .version("1." + d.between(0, 9))
        .name(text(d, "Template"));
    List<String> stages = new ArrayList<>();
    for (int i = d.between(0, 4); i > 0; i--) {
      String key = "stage-" + stages.size();
      stages.add(key);
      t.addStages(StageTemplate.builder().key(key).name(text(d, "Stage " + key)).defaultDurationDays(d.between(1, 20))
          .build());
    }
    int steps = d.between(1, maxSteps);
    int milestones = Math.min(steps, d.between(0, 5));
    boolean closing = milestones > 0 && d.chance(80);
    for (int m = 0; m < milestones; m++) {
      MilestoneTemplate.Builder milestone = MilestoneTemplate.builder().key("milestone-" + m)
          .name(text(d, "Milestone " + m)).closing(closing && m == milestones - 1)
          .visibility(closing && m == milestones - 1 || d.chance(80) ? Visibility.SHARED : Visibility.INTERNAL);
      for (int e = d.between(0, 2); e > 0; e--) {
        milestone.addExitCriteria(text(d, "Exit " + e));
      }
      t.addMilestones(milestone.build());
    }
    for (int i = 0; i < steps; i++) {
      Side side = d.pick(List.of(Side.values()));
      StepTemplate.Builder step = StepTemplate.builder()
          .key("step-" + i)
          .title(text(d, "Step " + i))
          .side(side)
          .ownerRole(d.pick(side == Side.BUYER ? BUYER_ROLES : SELLER_ROLES))
          .visibility(side == Side.BUYER || d.chance(85) ? Visibility.SHARED : Visibility.INTERNAL);
      if (stages.isEmpty() || d.chance(60)) {
        step.durationDays(d.between(1, 30));
      }
      if (!stages.isEmpty()) {
        step.stage(d.pick(stages));
      }
      if (d.chance(50)) {
        int o = d.between(1, 10);
        int m = o + d.between(0, 10);
        step.estimate(DurationEstimate.of(o, m, m + d.between(0, 20)));
      }
      for (int k = i == 0 ? 0 : d.between(0, 3); k > 0; k--) {
        step.addDependsOn("step-" + d.between(Math.max(0, i - 8), i - 1));
      }
      // The first steps reach each milestone once, so that every milestone has a step; the rest at random.
      if (i < milestones) {
        step.milestone("milestone-" + (milestones - 1 - i));
      } else if (milestones > 0 && d.chance(40)) {
        step.milestone("milestone-" + d.between(0, milestones - 1));
      }
      for (int k = d.between(0, 2); k > 0; k--) {
        step.addTags(d.pick(TAGS));
      }
      if (d.chance(20)) {
        step.deliverable(text(d, "Deliverable " + i));
      }
      t.addSteps(step.build());
    }
    for (int i = d.between(0, 4); i > 0; i--) {
      t.addCriteria(CriterionTemplate.builder().key("criterion-" + i).name(text(d, "Criterion " + i))
          .category(d.pick(List.of(CriterionCategory.values()))).weight(d.between(1, 100))
          .ownerRole(d.chance(60) ? Optional.of(d.pick(BUYER_ROLES)) : Optional.empty()).build());
    }
    List<String> objectives = new ArrayList<>();
    for (int i = d.between(0, 3); i > 0; i--) {
      objectives.add("objective-" + i);
      t.addObjectives(ObjectiveTemplate.builder().key("objective-" + i).title(text(d, "Objective " + i)).build());
    }
    for (int i = d.between(0, 3); i > 0; i--) {
      t.addMetrics(MetricTemplate.builder().key("metric-" + i).name(text(d, "Metric " + i)).unit(LocalizedText.of("%"))
          .objective(objectives.isEmpty() || d.chance(30) ? Optional.empty() : Optional.of(d.pick(objectives)))
          .measuredDaysAfterClose(d.between(0, 365)).build());
    }
    for (int i = d.between(0, 3); i > 0; i--) {
      t.addRequiredRoles(d.pick(BUYER_ROLES));
    }
    return t.build();
  }

  private static CustomerProfile profile(Draw d) {
    CustomerProfile.Builder p = CustomerProfile.builder()
        .industry(d.pick(INDUSTRIES))
        .buyingProcess(d.pick(List.of(BuyingProcess.values())))
        .decisionMakers(d.between(1, 12))
        .dealSize(Money.of(BigDecimal.valueOf(d.between(1, 2_000_000)), java.util.Currency.getInstance(
            d.pick(List.of("USD", "EUR", "GBP")))))
        .buyerCountry(d.pick(List.of("US", "DE", "GB", "FR", "RU")))
        .language(d.chance(30) ? new Locale("ru") : Locale.ENGLISH);
    if (d.chance(50)) {
      p.segment(d.pick(List.of(Segment.values())));
    } else {
      p.headCount(d.between(1, 50_000));
    }
    Set<ComplianceRegime> regimes = EnumSet.noneOf(ComplianceRegime.class);
    for (int i = d.between(0, 3); i > 0; i--) {
      regimes.add(d.pick(List.of(ComplianceRegime.values())));
    }
    return p.complianceRegimes(regimes).build();
  }

  /**
   * Rules that fit a template: each operation names steps the template has when it applies, and whichever of them
   * apply, a template of {@link #templates(int) templates(25)} or smaller stays within
   * {@link PlanTemplate#MAX_TIMELINE_DAYS}.
   */
  public static List<RuleDefinition> rulesFor(Draw d, PlanTemplate template) {
    List<RuleDefinition> rules = new ArrayList<>();
    List<String> keys = template.steps().stream().map(StepTemplate::key).collect(java.util.stream.Collectors.toList());
    // Rules fit the template: even if all three apply, each adding or lengthening a step by up to 40 working days
    // and each scaling rounding every step up by a day, its longest chain (at most all its steps end to end, three
    // of them added) stays within the limit.
    int total = template.steps().stream().mapToInt(template::durationOf).sum();
    int worst = total + 3 * 40 + 3 * (template.steps().size() + 3);
    double mostFactor = Math.cbrt(PlanTemplate.MAX_TIMELINE_DAYS / (double) worst);
    for (int r = d.between(0, 3); r > 0; r--) {
      RuleDefinition.Builder rule = RuleDefinition.builder()
          .id("rule-" + r)
          .order(d.between(0, 300))
          .reason(text(d, "Because " + r))
          .when(RuleCondition.builder()
              .complianceRegimes(d.chance(40) ? Set.of(d.pick(List.of(ComplianceRegime.values()))) : Set.of())
              .minDecisionMakers(d.chance(30) ? OptionalInt.of(d.between(1, 8)) : OptionalInt.empty())
              .build());
      String anchor = d.pick(keys);
      switch (d.between(0, 4)) {
        case 0:
          rule.addOperations(TemplateOperation.addStep(StepTemplate.builder().key("added-" + r)
              .title(text(d, "Added " + r)).side(Side.BUYER).ownerRole(Role.LEGAL).durationDays(d.between(1, 15))
              .addTags("legal").build(), d.chance(50) ? Optional.of(anchor) : Optional.empty(),
              Optional.empty()));
          break;
        case 1:
          rule.addOperations(TemplateOperation.addStep(StepTemplate.builder().key("added-" + r)
              .title(text(d, "Added " + r)).side(Side.SELLER).ownerRole(Role.SALES_MANAGER).durationDays(2)
              .visibility(Visibility.INTERNAL).build(), Optional.empty(), Optional.of(anchor)));
          break;
        case 2:
          rule.addOperations(TemplateOperation.scaleDurations(Math.min(0.5 + d.between(0, 20) / 10.0, mostFactor),
              d.chance(50) ? Set.of(d.pick(TAGS)) : Set.of()));
          break;
        case 3:
          rule.addOperations(TemplateOperation.setDuration(anchor, d.between(1, 40), Optional.empty()));
          break;
        default:
          rule.addOperations(TemplateOperation.requireRole(d.pick(BUYER_ROLES)));
          break;
      }
      rules.add(rule.build());
    }
    return rules;
  }

  /** People of both sides bound to some of the roles a template uses; the first is the seller owner. */
  public static List<Stakeholder> people(Draw d) {
    List<Stakeholder> people = new ArrayList<>();
    people.add(Stakeholder.builder().id(StakeholderId.of("seller-owner")).side(Side.SELLER).name("Seller owner")
        .addRoles(Role.ACCOUNT_EXECUTIVE).build());
    for (int i = d.between(0, 8); i > 0; i--) {
      Side side = d.pick(List.of(Side.values()));
      people.add(Stakeholder.builder().id(StakeholderId.of("person-" + i)).side(side).name("Person " + i)
          .addRoles(d.pick(side == Side.BUYER ? BUYER_ROLES : SELLER_ROLES)).build());
    }
    return people;
  }
}
