package io.github.mutualplan.template;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A success metric a template suggests, to fill in: its baseline and target are agreed with the buyer. It is
 * measured a number of days after the close ("ROI after six months").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MetricTemplate {
  MetricTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The metric's key, such as {@code time-to-value}. */
  public abstract String key();

  /** What is measured. */
  public abstract LocalizedText name();

  /** The unit, such as {@code days} or {@code %}. */
  public abstract LocalizedText unit();

  /** The key of the objective it measures, if any. */
  public abstract Optional<String> objective();

  /** Calendar days after the projected close it is measured by; 0 unless set. */
  @Value.Default
  public int measuredDaysAfterClose() {
    return 0;
  }

  /**
   * Builds a {@link MetricTemplate}; {@code key}, {@code name} and {@code unit} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(MetricTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link MetricTemplate#key() key}: {@code key(String)}
   *   <li>{@link MetricTemplate#name() name}: {@code name(LocalizedText)}
   *   <li>{@link MetricTemplate#unit() unit}: {@code unit(LocalizedText)}
   *   <li>{@link MetricTemplate#objective() objective}: {@code objective(String)},
   *       {@code objective(Optional<String>)}
   *   <li>{@link MetricTemplate#measuredDaysAfterClose() measuredDaysAfterClose}: {@code measuredDaysAfterClose(int)}
   * </ul>
   */
  public static final class Builder extends ImmutableMetricTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract MetricTemplate withKey(String value);

  /** A copy with this {@link #name() name}. */
  public abstract MetricTemplate withName(LocalizedText value);

  /** A copy with this {@link #unit() unit}. */
  public abstract MetricTemplate withUnit(LocalizedText value);

  /** A copy with this {@link #objective() objective}. */
  public abstract MetricTemplate withObjective(String value);

  /** A copy with this {@link #objective() objective}, or none for an empty optional. */
  public abstract MetricTemplate withObjective(Optional<String> optional);

  /** A copy with this {@link #measuredDaysAfterClose() measuredDaysAfterClose}. */
  public abstract MetricTemplate withMeasuredDaysAfterClose(int value);
}
