package io.github.mutualplan.testing;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that hand-written generators of whole
 * plans shrink like the built-in ones: every draw shrinks towards its lower bound.
 */
public final class Draw {
  private final RandomnessSource source;

  /** Draws from this source. */
  public Draw(RandomnessSource source) {
    this.source = source;
  }

  /** An int from {@code min} to {@code max}, both included; shrinks to {@code min}. */
  public int between(int min, int max) {
    return (int) source.next(Constraint.between(min, max));
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
