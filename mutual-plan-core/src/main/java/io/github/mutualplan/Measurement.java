package io.github.mutualplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A value of a {@link SuccessMetric} measured on a day, in the metric's unit: an actual recorded after the close
 * to track the metric against its target.
 *
 * <pre>{@code
 * Measurement sixMonths = Measurement.of(LocalDate.of(2027, 12, 31), new BigDecimal("6.5"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Measurement {
  Measurement() {}

  /**
   * Returns a measurement.
   *
   * @param on the day measured
   * @param value the value, in the metric's unit
   */
  public static Measurement of(LocalDate on, BigDecimal value) {
    return ImmutableMeasurement.of(on, value);
  }

  /** The day measured. */
  @Value.Parameter
  public abstract LocalDate on();

  /** The value measured, in the metric's unit. */
  @Value.Parameter
  public abstract BigDecimal value();
}
