package io.github.mutualplan.testing;

import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Makes a value from the choices of a {@link Draw}: a pure function, so that the same choices always give the
 * same value. Free of any property engine: use {@link #sample(long)} in a plain test, {@link #bySeed()} as a
 * {@code java.util.function} any engine can wrap, or {@code Gens.of(sampler)} for QuickTheories, which shrinks.
 *
 * <pre>{@code
 * MutualActionPlan plan = PlanSamplers.plans(50).sample(42L);           // the same plan for seed 42, always
 * LongFunction<MutualActionPlan> bySeed = PlanSamplers.plans(50).bySeed();
 * }</pre>
 *
 * <p>Implementations must be immutable and safe to share between threads, as the library's samplers are; the
 * {@link Draw} each value is sampled from is not, and one is made per value.
 *
 * @param <T> what it makes
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sampler<T> {
  /** The value these choices make. */
  T sample(Draw draw);

  /** The value of a seed: the same seed, the same value. */
  default T sample(long seed) {
    return sample(Draw.seeded(seed));
  }

  /** This sampler as a function from a seed to a value, for an engine that draws seeds. */
  default LongFunction<T> bySeed() {
    return this::sample;
  }

  /** A sampler of what a function makes of this sampler's values. */
  default <R> Sampler<R> map(Function<? super T, ? extends R> function) {
    return draw -> function.apply(sample(draw));
  }
}
