package io.github.mutualplan.testing;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The choices a sampler makes, each a whole number in a range, from a source: a seeded random source
 * ({@link #seeded(long)}) for any test, or a property engine's, which can then shrink a value by shrinking its
 * choices (see {@code io.github.mutualplan.testing.quicktheories.Gens}). Every choice shrinks towards its lower
 * bound, so samplers are written to make the lower bound the simplest choice: fewer commitments, fewer
 * dependencies, earlier dates.
 *
 * <pre>{@code
 * Draw draw = Draw.seeded(42);
 * int commitments = draw.size(50);                   // mostly small, up to 50
 * Role role = draw.pick(List.of(Role.CHAMPION, Role.LEGAL));
 * }</pre>
 *
 * <p>Not thread-safe: one draw per value drawn.
 *
 * @since 0.1.0
 */
public final class Draw {
  /** Where choices come from: a whole number from {@code min} to {@code max}, both included. */
  @FunctionalInterface
  public interface Source {
    /** A whole number from {@code min} to {@code max}, both included. */
    long next(long min, long max);
  }

  private final Source source;

  /** Draws from this source. */
  public Draw(Source source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Draws from a random source with this seed: the same seed, the same choices. */
  public static Draw seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Draw((min, max) -> random.nextLong(min, max + 1)); // every choice is of an int range
  }

  /** An int from {@code min} to {@code max}, both included; shrinks to {@code min}. */
  public int between(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("between(" + min + ", " + max + "): min is more than max");
    }
    return (int) source.next(min, max);
  }

  /** True with this chance in percent; shrinks to false. */
  public boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** One element of a non-empty list; shrinks to the first. */
  public <T> T pick(List<T> from) {
    return from.get(between(0, from.size() - 1));
  }

  /**
   * A size from 0 to {@code max}, mostly small: half the time at most 10, a third at most 60, otherwise up to
   * {@code max}. Shrinks to 0.
   */
  public int size(int max) {
    int band = between(0, 19);
    int bound = band < 10 ? 10 : band < 17 ? 60 : max;
    return between(0, Math.min(bound, max));
  }
}
