package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.SuccessMetric;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.ModelCodecs;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Jackson module of the model, for an {@code ObjectMapper} of your own: plans and everything in them, the
 * 29 plan changes and the events (each under its own {@code "type"} name), histories, risk reports and close
 * forecasts, in the same JSON as {@link PlanJson} writes inside its documents.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();
 * String json = mapper.writeValueAsString(plan);                   // the plan object, without an envelope
 * MutualActionPlan again = mapper.readValue(json, MutualActionPlan.class);
 * }</pre>
 *
 * <p>Identifiers are also map keys ({@code Map<CommitmentId, Integer>} is {@code {"security-review": 5}}).
 * Unknown keys fail as your mapper says ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}). The
 * limits on size and nesting are those of your mapper's {@code JsonFactory}; {@link PlanJson} sets safe ones.
 * Problems are {@code JsonMappingException}s whose message starts with the JSON path. A history is verified as
 * it is read, its events replayed as live edits under the standard policy or the one given to
 * {@link #MutualPlanModule(PlanPolicy)}.
 *
 * <p>A module is complete when made, and then safe to share between threads and mappers; add nothing to it
 * (the methods it has as a {@code SimpleModule}) once a mapper has it.
 */
public final class MutualPlanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; it verifies the histories it reads under the standard policy. */
  public MutualPlanModule() {
    this(PlanPolicy.standard());
  }

  /**
   * Creates the module.
   *
   * @param policy the policy the histories it reads were made under, which verifies them
   */
  public MutualPlanModule(PlanPolicy policy) {
    super("mutual-plan");
    Objects.requireNonNull(policy, "policy");
    addId(PlanId.class, ModelCodecs.PLAN_ID, PlanId::of);
    addId(StakeholderId.class, ModelCodecs.STAKEHOLDER_ID, StakeholderId::of);
    addId(CommitmentId.class, ModelCodecs.COMMITMENT_ID, CommitmentId::of);
    addId(MilestoneId.class, ModelCodecs.MILESTONE_ID, MilestoneId::of);
    addId(DecisionCriterionId.class, ModelCodecs.CRITERION_ID, DecisionCriterionId::of);
    addId(ObjectiveId.class, ModelCodecs.OBJECTIVE_ID, ObjectiveId::of);
    addId(SuccessMetricId.class, ModelCodecs.METRIC_ID, SuccessMetricId::of);
    add(Role.class, ModelCodecs.ROLE);
    add(Money.class, ModelCodecs.MONEY);
    add(Deal.class, ModelCodecs.DEAL);
    add(Responsibility.class, ModelCodecs.RESPONSIBILITY);
    add(Stakeholder.class, ModelCodecs.STAKEHOLDER);
    add(Objective.class, ModelCodecs.OBJECTIVE);
    add(SuccessMetric.class, ModelCodecs.SUCCESS_METRIC);
    add(DecisionCriterion.class, ModelCodecs.DECISION_CRITERION);
    add(Milestone.class, ModelCodecs.MILESTONE);
    add(DurationEstimate.class, ModelCodecs.ESTIMATE);
    add(Commitment.class, ModelCodecs.COMMITMENT);
    add(SignOff.class, ModelCodecs.SIGN_OFF);
    add(Closure.class, ModelCodecs.CLOSURE);
    add(AppliedRule.class, ModelCodecs.APPLIED_RULE);
    add(Provenance.class, ModelCodecs.PROVENANCE);
    add(MutualActionPlan.class, ModelCodecs.PLAN);
    add(PlanChange.class, HistoryCodecs.CHANGE);
    add(PlanEvent.class, HistoryCodecs.EVENT);
    add(PlanHistory.class, HistoryCodecs.history(policy));
    add(RiskFinding.class, ReportCodecs.FINDING);
    add(RiskReport.class, ReportCodecs.RISK_REPORT);
    add(CloseForecast.class, ReportCodecs.FORECAST);
  }

  /**
   * An identifier, also as the key of a map: written as its key (its {@code toString}), read with its
   * factory, and a key that is not valid fails with Jackson's {@code InvalidFormatException} naming the type,
   * the key and the rule.
   */
  private <T> void addId(Class<T> type, Codec<T> codec, Function<String, T> of) {
    add(type, codec);
    addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) throws IOException {
        try {
          return of.apply(key);
        } catch (PlanValidationException e) {
          return context.handleWeirdKey(type, key, "%s", e.violations().get(0).message());
        }
      }
    });
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(value, out);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return codec.read(new JsonIn(parser, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    }
  }
}
