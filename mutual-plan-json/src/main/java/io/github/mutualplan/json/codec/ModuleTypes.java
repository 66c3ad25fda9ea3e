package io.github.mutualplan.json.codec;

import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Measurement;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.ObjectiveId;
import io.github.mutualplan.PlanId;
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
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The types a Jackson module of the library registers, each with its codec: the one list that Jackson 2's
 * {@code MutualPlanModule} and Jackson 3's {@code MutualPlanJackson3Module} both read, so that both handle exactly
 * the same types, in the same JSON.
 *
 * @since 0.1.0
 */
public final class ModuleTypes {
  /**
   * A type, its codec, and for an identifier how it is read as the key of a map.
   *
   * @param <T> the type
   */
  public static final class Entry<T> {
    private final Class<T> type;
    private final Codec<T> codec;
    private final @Nullable Function<String, T> key;

    private Entry(Class<T> type, Codec<T> codec, @Nullable Function<String, T> key) {
      this.type = type;
      this.codec = codec;
      this.key = key;
    }

    /** The type. */
    public Class<T> type() {
      return type;
    }

    /** Its codec. */
    public Codec<T> codec() {
      return codec;
    }

    /**
     * For an identifier, its factory, which reads a map key and throws the model's
     * {@code PlanValidationException} on a key that is not valid; a map key is written as the identifier's
     * {@code toString}, its key. Empty for the other types.
     */
    public Optional<Function<String, T>> key() {
      return Optional.ofNullable(key);
    }
  }

  private ModuleTypes() {}

  /**
   * The types, in the order they are registered.
   *
   * @param policy the policy the histories read were made under, which verifies them
   * @return the types and their codecs
   */
  public static List<Entry<?>> of(PlanPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return List.of(
        id(PlanId.class, ModelCodecs.PLAN_ID, PlanId::of),
        id(StakeholderId.class, ModelCodecs.STAKEHOLDER_ID, StakeholderId::of),
        id(CommitmentId.class, ModelCodecs.COMMITMENT_ID, CommitmentId::of),
        id(MilestoneId.class, ModelCodecs.MILESTONE_ID, MilestoneId::of),
        id(DecisionCriterionId.class, ModelCodecs.CRITERION_ID, DecisionCriterionId::of),
        id(ObjectiveId.class, ModelCodecs.OBJECTIVE_ID, ObjectiveId::of),
        id(SuccessMetricId.class, ModelCodecs.METRIC_ID, SuccessMetricId::of),
        value(Role.class, ModelCodecs.ROLE),
        value(Money.class, ModelCodecs.MONEY),
        value(Deal.class, ModelCodecs.DEAL),
        value(Responsibility.class, ModelCodecs.RESPONSIBILITY),
        value(Stakeholder.class, ModelCodecs.STAKEHOLDER),
        value(Objective.class, ModelCodecs.OBJECTIVE),
        value(SuccessMetric.class, ModelCodecs.SUCCESS_METRIC),
        value(DecisionCriterion.class, ModelCodecs.DECISION_CRITERION),
        value(Milestone.class, ModelCodecs.MILESTONE),
        value(DurationEstimate.class, ModelCodecs.ESTIMATE),
        value(Commitment.class, ModelCodecs.COMMITMENT),
        value(SignOff.class, ModelCodecs.SIGN_OFF),
        value(CloseReason.class, ModelCodecs.CLOSE_REASON),
        value(Closure.class, ModelCodecs.CLOSURE),
        value(Measurement.class, ModelCodecs.MEASUREMENT),
        value(AppliedRule.class, ModelCodecs.APPLIED_RULE),
        value(Provenance.class, ModelCodecs.PROVENANCE),
        value(MutualActionPlan.class, ModelCodecs.PLAN),
        value(PlanChange.class, HistoryCodecs.CHANGE),
        value(PlanEvent.class, HistoryCodecs.EVENT),
        value(PlanHistory.class, HistoryCodecs.history(policy)),
        value(RiskFinding.class, ReportCodecs.FINDING),
        value(RiskReport.class, ReportCodecs.RISK_REPORT),
        value(CloseForecast.class, ReportCodecs.FORECAST));
  }

  private static <T> Entry<T> id(Class<T> type, Codec<T> codec, Function<String, T> of) {
    return new Entry<>(type, codec, of);
  }

  private static <T> Entry<T> value(Class<T> type, Codec<T> codec) {
    return new Entry<>(type, codec, null);
  }
}
