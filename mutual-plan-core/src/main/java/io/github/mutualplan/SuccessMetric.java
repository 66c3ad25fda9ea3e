package io.github.mutualplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number that shows an objective was reached: from a baseline to a target, measured by a date that is
 * often after go-live ("ROI after 6 months").
 *
 * <pre>{@code
 * SuccessMetric metric = SuccessMetric.builder()
 *     .id(SuccessMetricId.of("claim-turnaround"))
 *     .name("Claim turnaround")
 *     .unit("days")
 *     .baseline(new BigDecimal("14"))
 *     .target(new BigDecimal("5"))
 *     .measuredBy(LocalDate.of(2027, 9, 30))
 *     .objective(ObjectiveId.of("faster-claims"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SuccessMetric {
  SuccessMetric() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The metric's identifier. */
  public abstract SuccessMetricId id();

  /** What is measured; not blank. */
  public abstract String name();

  /** The unit of the baseline and the target, for example {@code "days"} or {@code "%"}; not blank. */
  public abstract String unit();

  /** The value before the purchase, once measured; a template's metric leaves it to fill in. */
  public abstract Optional<BigDecimal> baseline();

  /** The value the buyer expects to reach, once agreed; a template's metric leaves it to fill in. */
  public abstract Optional<BigDecimal> target();

  /** When the target should be reached; not before the plan starts. */
  public abstract LocalDate measuredBy();

  /** The objective this metric measures, when it measures one. */
  public abstract Optional<ObjectiveId> objective();

  /**
   * The values measured, oldest first, at most one a day, recorded after a won close
   * ({@code PlanChange.recordMeasurement}); none before.
   */
  public abstract List<Measurement> measurements();

  /** The latest measurement, if any. */
  public final Optional<Measurement> latest() {
    List<Measurement> all = measurements();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Whether the latest measurement reaches the target: at or below it when the target is below the baseline (a
   * turnaround in days), at or above it otherwise (an ROI). False without a target or a measurement.
   */
  public final boolean attained() {
    if (target().isEmpty() || latest().isEmpty()) {
      return false;
    }
    BigDecimal target = target().get();
    int reached = latest().get().value().compareTo(target);
    boolean lowerIsBetter = baseline().filter(b -> target.compareTo(b) < 0).isPresent();
    return lowerIsBetter ? reached <= 0 : reached >= 0;
  }

  /**
   * Builds a {@link SuccessMetric}; {@code id}, {@code name}, {@code unit} and {@code measuredBy} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(SuccessMetric)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link SuccessMetric#id() id}: {@code id(SuccessMetricId)}
   *   <li>{@link SuccessMetric#name() name}: {@code name(String)}
   *   <li>{@link SuccessMetric#unit() unit}: {@code unit(String)}
   *   <li>{@link SuccessMetric#baseline() baseline}: {@code baseline(BigDecimal)},
   *       {@code baseline(Optional<BigDecimal>)}
   *   <li>{@link SuccessMetric#target() target}: {@code target(BigDecimal)}, {@code target(Optional<BigDecimal>)}
   *   <li>{@link SuccessMetric#measuredBy() measuredBy}: {@code measuredBy(LocalDate)}
   *   <li>{@link SuccessMetric#objective() objective}: {@code objective(ObjectiveId)},
   *       {@code objective(Optional<ObjectiveId>)}
   *   <li>{@link SuccessMetric#measurements() measurements}: {@code measurements(Iterable<Measurement>)},
   *       {@code addMeasurement(Measurement)}, {@code addMeasurements(Measurement...)},
   *       {@code addAllMeasurements(Iterable<Measurement>)}
   * </ul>
   */
  public static final class Builder extends ImmutableSuccessMetric.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract SuccessMetric withId(SuccessMetricId value);

  /** A copy with this {@link #name() name}. */
  public abstract SuccessMetric withName(String value);

  /** A copy with this {@link #unit() unit}. */
  public abstract SuccessMetric withUnit(String value);

  /** A copy with this {@link #baseline() baseline}. */
  public abstract SuccessMetric withBaseline(BigDecimal value);

  /** A copy with this {@link #baseline() baseline}, or none for an empty optional. */
  public abstract SuccessMetric withBaseline(Optional<? extends BigDecimal> optional);

  /** A copy with this {@link #target() target}. */
  public abstract SuccessMetric withTarget(BigDecimal value);

  /** A copy with this {@link #target() target}, or none for an empty optional. */
  public abstract SuccessMetric withTarget(Optional<? extends BigDecimal> optional);

  /** A copy with this {@link #measuredBy() measuredBy}. */
  public abstract SuccessMetric withMeasuredBy(LocalDate value);

  /** A copy with this {@link #objective() objective}. */
  public abstract SuccessMetric withObjective(ObjectiveId value);

  /** A copy with this {@link #objective() objective}, or none for an empty optional. */
  public abstract SuccessMetric withObjective(Optional<? extends ObjectiveId> optional);

  /** A copy with these {@link #measurements() measurements}. */
  public abstract SuccessMetric withMeasurements(Iterable<? extends Measurement> elements);
}
