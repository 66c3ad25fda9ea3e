package io.github.mutualplan.template;

import static io.github.mutualplan.json.codec.ModelCodecs.ESTIMATE;
import static io.github.mutualplan.json.codec.ModelCodecs.ROLE;
import static io.github.mutualplan.json.codec.Scalars.BOOLEAN;
import static io.github.mutualplan.json.codec.Scalars.DECIMAL_TEXT;
import static io.github.mutualplan.json.codec.Scalars.DOUBLE;
import static io.github.mutualplan.json.codec.Scalars.INT;
import static io.github.mutualplan.json.codec.Scalars.enumeration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.CriterionCategory;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.ObjectShape;
import io.github.mutualplan.json.codec.Scalars;
import io.github.mutualplan.json.codec.Union;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The template format, type by type, on the codec layer of {@code mutual-plan-json}: the same reader and
 * writer as plans use, over YAML or JSON. Keys are the model's accessors, in their order; absent optional
 * values and empty lists are left out; a key left out is absent, empty or its default; a null is refused.
 */
final class TemplateCodecs {
  /** Text; a YAML value that reads as a whole number, such as {@code version: 2}, is its digits. */
  static final Codec<String> TEXT = new Codec<>() {
    @Override
    public String read(JsonIn in) throws IOException {
      if (in.token() == JsonToken.VALUE_STRING || in.token() == JsonToken.VALUE_NUMBER_INT) {
        return in.parser().getText();
      }
      throw in.expected(in.token() == JsonToken.VALUE_NUMBER_FLOAT ? "text (in quotes, to keep every digit)"
          : "text");
    }

    @Override
    public void write(String value, JsonGenerator out) throws IOException {
      out.writeString(value);
    }
  };

  private static final Codec<Map<String, String>> BY_LANGUAGE =
      Scalars.map("a language code", Function.identity(), Function.identity(), Scalars.TEXT);

  /** A text as a plain string (English) or an object by language; written as an object, English first. */
  static final Codec<LocalizedText> LOCALIZED = new Codec<>() {
    @Override
    public LocalizedText read(JsonIn in) throws IOException {
      JsonLocation start = in.parser().currentTokenLocation();
      String path = in.path();
      if (in.token() == JsonToken.VALUE_STRING) {
        try {
          return LocalizedText.of(in.parser().getText());
        } catch (TemplateValidationException e) {
          throw JsonIn.problemAt(start, path, String.join("; ", e.problems()), e);
        }
      }
      if (in.token() == JsonToken.START_OBJECT) {
        Map<String, String> texts = BY_LANGUAGE.read(in);
        try {
          return LocalizedText.of(texts);
        } catch (TemplateValidationException e) {
          throw JsonIn.problemAt(start, path, String.join("; ", e.problems())
              + " (a text holding a comma or a colon needs quotes in YAML)", e);
        }
      }
      throw in.expected("a text, or texts by language such as {en: ..., ru: ...}");
    }

    @Override
    public void write(LocalizedText value, JsonGenerator out) throws IOException {
      Map<String, String> texts = new TreeMap<>(value.byLanguage()); // English first, then by code: stable files
      String english = texts.remove(LocalizedText.ENGLISH);
      out.writeStartObject();
      if (english != null) {
        out.writeStringField(LocalizedText.ENGLISH, english);
      }
      for (Map.Entry<String, String> e : texts.entrySet()) {
        out.writeStringField(e.getKey(), e.getValue());
      }
      out.writeEndObject();
    }
  };

  static final ObjectShape<StageTemplate> STAGE = ObjectShape.<StageTemplate>of("a stage")
      .required("key", TEXT, StageTemplate::key)
      .required("name", LOCALIZED, StageTemplate::name)
      .required("defaultDurationDays", INT, StageTemplate::defaultDurationDays)
      .make(v -> StageTemplate.builder().key(v.get("key")).name(v.<LocalizedText>get("name"))
          .defaultDurationDays(v.<Integer>get("defaultDurationDays")).build());

  static final ObjectShape<StepTemplate> STEP = ObjectShape.<StepTemplate>of("a step")
      .required("key", TEXT, StepTemplate::key)
      .required("title", LOCALIZED, StepTemplate::title)
      .optional("deliverable", LOCALIZED, StepTemplate::deliverable)
      .required("side", enumeration(Side.class), StepTemplate::side)
      .required("ownerRole", ROLE, StepTemplate::ownerRole)
      .optionalInt("durationDays", StepTemplate::durationDays)
      .optional("estimate", ESTIMATE, StepTemplate::estimate)
      .many("dependsOn", TEXT, StepTemplate::dependsOn)
      .optional("milestone", TEXT, StepTemplate::milestone)
      .optional("stage", TEXT, StepTemplate::stage)
      .many("tags", TEXT, StepTemplate::tags)
      .defaulted("visibility", enumeration(Visibility.class), StepTemplate::visibility)
      .make(v -> {
        StepTemplate.Builder b = StepTemplate.builder().key(v.get("key")).title(v.<LocalizedText>get("title"))
            .side(v.get("side")).ownerRole(v.get("ownerRole"))
            .addAllDependsOn(v.<String>list("dependsOn")).addAllTags(v.<String>list("tags"));
        v.<LocalizedText>ifPresent("deliverable", b::deliverable);
        v.<Integer>ifPresent("durationDays", b::durationDays);
        v.<io.github.mutualplan.DurationEstimate>ifPresent("estimate", b::estimate);
        v.<String>ifPresent("milestone", b::milestone);
        v.<String>ifPresent("stage", b::stage);
        v.<Visibility>ifPresent("visibility", b::visibility);
        return b.build();
      });

  static final ObjectShape<MilestoneTemplate> MILESTONE = ObjectShape.<MilestoneTemplate>of("a milestone")
      .required("key", TEXT, MilestoneTemplate::key)
      .required("name", LOCALIZED, MilestoneTemplate::name)
      .many("exitCriteria", LOCALIZED, MilestoneTemplate::exitCriteria)
      .defaulted("closing", BOOLEAN, MilestoneTemplate::closing)
      .defaulted("visibility", enumeration(Visibility.class), MilestoneTemplate::visibility)
      .make(v -> {
        MilestoneTemplate.Builder b = MilestoneTemplate.builder().key(v.get("key"))
            .name(v.<LocalizedText>get("name")).addAllExitCriteria(v.<LocalizedText>list("exitCriteria"));
        v.<Boolean>ifPresent("closing", b::closing);
        v.<Visibility>ifPresent("visibility", b::visibility);
        return b.build();
      });

  static final ObjectShape<CriterionTemplate> CRITERION = ObjectShape.<CriterionTemplate>of("a criterion")
      .required("key", TEXT, CriterionTemplate::key)
      .required("name", LOCALIZED, CriterionTemplate::name)
      .required("category", enumeration(CriterionCategory.class), CriterionTemplate::category)
      .defaulted("weight", INT, CriterionTemplate::weight)
      .optional("ownerRole", ROLE, CriterionTemplate::ownerRole)
      .make(v -> {
        CriterionTemplate.Builder b = CriterionTemplate.builder().key(v.get("key"))
            .name(v.<LocalizedText>get("name")).category(v.get("category"));
        v.<Integer>ifPresent("weight", b::weight);
        v.<io.github.mutualplan.Role>ifPresent("ownerRole", b::ownerRole);
        return b.build();
      });

  static final ObjectShape<ObjectiveTemplate> OBJECTIVE = ObjectShape.<ObjectiveTemplate>of("an objective")
      .required("key", TEXT, ObjectiveTemplate::key)
      .required("title", LOCALIZED, ObjectiveTemplate::title)
      .optional("description", LOCALIZED, ObjectiveTemplate::description)
      .make(v -> {
        ObjectiveTemplate.Builder b = ObjectiveTemplate.builder().key(v.get("key"))
            .title(v.<LocalizedText>get("title"));
        v.<LocalizedText>ifPresent("description", b::description);
        return b.build();
      });

  static final ObjectShape<MetricTemplate> METRIC = ObjectShape.<MetricTemplate>of("a success metric")
      .required("key", TEXT, MetricTemplate::key)
      .required("name", LOCALIZED, MetricTemplate::name)
      .required("unit", LOCALIZED, MetricTemplate::unit)
      .optional("objective", TEXT, MetricTemplate::objective)
      .defaulted("measuredDaysAfterClose", INT, MetricTemplate::measuredDaysAfterClose)
      .make(v -> {
        MetricTemplate.Builder b = MetricTemplate.builder().key(v.get("key")).name(v.<LocalizedText>get("name"))
            .unit(v.<LocalizedText>get("unit"));
        v.<String>ifPresent("objective", b::objective);
        v.<Integer>ifPresent("measuredDaysAfterClose", b::measuredDaysAfterClose);
        return b.build();
      });

  static final ObjectShape<PlanTemplate> TEMPLATE = ObjectShape.<PlanTemplate>of("a template")
      .required("id", TEXT, PlanTemplate::id)
      .required("version", TEXT, PlanTemplate::version)
      .required("name", LOCALIZED, PlanTemplate::name)
      .optional("description", LOCALIZED, PlanTemplate::description)
      .many("requiredRoles", ROLE, PlanTemplate::requiredRoles)
      .many("stages", STAGE, PlanTemplate::stages)
      .many("milestones", MILESTONE, PlanTemplate::milestones)
      .many("steps", STEP, PlanTemplate::steps)
      .many("criteria", CRITERION, PlanTemplate::criteria)
      .many("objectives", OBJECTIVE, PlanTemplate::objectives)
      .many("metrics", METRIC, PlanTemplate::metrics)
      .make(v -> {
        PlanTemplate.Builder b = PlanTemplate.builder().id(v.get("id")).version(v.get("version"))
            .name(v.<LocalizedText>get("name")).addAllRequiredRoles(v.list("requiredRoles"))
            .addAllStages(v.list("stages")).addAllMilestones(v.list("milestones")).addAllSteps(v.list("steps"))
            .addAllCriteria(v.list("criteria")).addAllObjectives(v.list("objectives"))
            .addAllMetrics(v.list("metrics"));
        v.<LocalizedText>ifPresent("description", b::description);
        return b.build();
      });

  private static final Codec<Map<String, BigDecimal>> AMOUNTS =
      Scalars.map("a currency code", Function.identity(), Function.identity(), DECIMAL_TEXT);

  static final ObjectShape<RuleCondition> CONDITION = ObjectShape.<RuleCondition>of("a rule condition")
      .many("templates", TEXT, RuleCondition::templates)
      .many("industries", TEXT, RuleCondition::industries)
      .many("segments", enumeration(Segment.class), RuleCondition::segments)
      .many("buyingProcesses", enumeration(BuyingProcess.class), RuleCondition::buyingProcesses)
      .many("complianceRegimes", enumeration(ComplianceRegime.class), RuleCondition::complianceRegimes)
      .many("countries", TEXT, RuleCondition::countries)
      .optionalInt("minDecisionMakers", RuleCondition::minDecisionMakers)
      .optional("minDealSize", AMOUNTS, c -> c.minDealSize().isEmpty() ? Optional.empty()
          : Optional.of(c.minDealSize()))
      .make(v -> {
        RuleCondition.Builder b = RuleCondition.builder().addAllTemplates(v.<String>list("templates"))
            .addAllIndustries(v.<String>list("industries")).addAllSegments(v.<Segment>list("segments"))
            .addAllBuyingProcesses(v.<BuyingProcess>list("buyingProcesses"))
            .addAllComplianceRegimes(v.<ComplianceRegime>list("complianceRegimes"))
            .addAllCountries(v.<String>list("countries"));
        v.<Integer>ifPresent("minDecisionMakers", b::minDecisionMakers);
        v.<Map<String, BigDecimal>>ifPresent("minDealSize", b::putAllMinDealSize);
        return b.build();
      });

  static final Union<TemplateOperation> OPERATION = Union.<TemplateOperation>wrapped("an operation")
      .with("addStep", TemplateOperation.AddStep.class, ObjectShape.<TemplateOperation.AddStep>of("an added step")
          .required("step", STEP, TemplateOperation.AddStep::step)
          .optional("after", TEXT, TemplateOperation.AddStep::after)
          .optional("before", TEXT, TemplateOperation.AddStep::before)
          .optional("feeds", TEXT, TemplateOperation.AddStep::feeds)
          .make(v -> ImmutableTemplateOperation.AddStep.builder().step(v.<StepTemplate>get("step"))
              .after(v.<String>optional("after")).before(v.<String>optional("before"))
              .feeds(v.<String>optional("feeds")).build()))
      .with("removeStep", TemplateOperation.RemoveStep.class,
          ObjectShape.<TemplateOperation.RemoveStep>of("a removed step")
              .required("key", TEXT, TemplateOperation.RemoveStep::key)
              .make(v -> TemplateOperation.removeStep(v.get("key"))))
      .with("scaleDurations", TemplateOperation.ScaleDurations.class,
          ObjectShape.<TemplateOperation.ScaleDurations>of("a scaling of durations")
              .required("factor", DOUBLE, TemplateOperation.ScaleDurations::factor)
              .many("tags", TEXT, TemplateOperation.ScaleDurations::tags)
              .make(v -> ImmutableTemplateOperation.ScaleDurations.builder().factor(v.<Double>get("factor"))
                  .addAllTags(v.<String>list("tags")).build()))
      .with("setDuration", TemplateOperation.SetDuration.class,
          ObjectShape.<TemplateOperation.SetDuration>of("a set duration")
              .required("key", TEXT, TemplateOperation.SetDuration::key)
              .required("days", INT, TemplateOperation.SetDuration::days)
              .optional("estimate", ESTIMATE, TemplateOperation.SetDuration::estimate)
              .make(v -> TemplateOperation.setDuration(v.get("key"), v.<Integer>get("days"),
                  v.optional("estimate"))))
      .with("addMilestone", TemplateOperation.AddMilestone.class,
          ObjectShape.<TemplateOperation.AddMilestone>of("an added milestone")
              .required("milestone", MILESTONE, TemplateOperation.AddMilestone::milestone)
              .make(v -> TemplateOperation.addMilestone(v.get("milestone"))))
      .with("addCriterion", TemplateOperation.AddCriterion.class,
          ObjectShape.<TemplateOperation.AddCriterion>of("an added criterion")
              .required("criterion", CRITERION, TemplateOperation.AddCriterion::criterion)
              .make(v -> TemplateOperation.addCriterion(v.get("criterion"))))
      .with("requireRole", TemplateOperation.RequireRole.class,
          ObjectShape.<TemplateOperation.RequireRole>of("a required role")
              .required("role", ROLE, TemplateOperation.RequireRole::role)
              .make(v -> TemplateOperation.requireRole(v.get("role"))))
      .with("setVisibility", TemplateOperation.SetVisibility.class,
          ObjectShape.<TemplateOperation.SetVisibility>of("a set visibility")
              .required("key", TEXT, TemplateOperation.SetVisibility::key)
              .required("visibility", enumeration(Visibility.class), TemplateOperation.SetVisibility::visibility)
              .make(v -> TemplateOperation.setVisibility(v.get("key"), v.get("visibility"))));

  static final ObjectShape<RuleDefinition> RULE = ObjectShape.<RuleDefinition>of("a rule")
      .required("id", TEXT, RuleDefinition::id)
      .defaulted("order", INT, RuleDefinition::order)
      .defaulted("when", CONDITION, RuleDefinition::when)
      .required("reason", LOCALIZED, RuleDefinition::reason)
      .many("operations", OPERATION, RuleDefinition::operations)
      .make(v -> {
        RuleDefinition.Builder b = RuleDefinition.builder().id(v.get("id")).reason(v.<LocalizedText>get("reason"))
            .addAllOperations(v.<TemplateOperation>list("operations"));
        v.<Integer>ifPresent("order", b::order);
        v.<RuleCondition>ifPresent("when", b::when);
        return b.build();
      });

  /** A rule file: its rules under the key {@code rules}. */
  static final ObjectShape<List<RuleDefinition>> RULE_FILE = ObjectShape.<List<RuleDefinition>>of("a rule file")
      .required("rules", Scalars.list("rules", RULE), Function.identity())
      .make(v -> List.copyOf(v.<List<RuleDefinition>>get("rules")));

  private TemplateCodecs() {}
}
