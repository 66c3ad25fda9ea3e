package io.github.mutualplan.testing;

import io.github.mutualplan.Texts;
import java.util.List;
import java.util.stream.Collectors;

/** Parts of a plan as a failure message shows them: keys quoted, a long list cut short. */
final class Shown {
  /** The most items a message lists. */
  static final int MOST = 20;

  private Shown() {}

  /** The keys, quoted: {@code ['a', 'b', ... and 12 more]}. */
  static String keys(List<String> keys) {
    String shown = keys.stream().limit(MOST).map(Texts::quote).collect(Collectors.joining(", "));
    return "[" + shown + (keys.size() > MOST ? ", ... and " + (keys.size() - MOST) + " more" : "") + "]";
  }

  /** A key, quoted, escaped and cut short. */
  static String key(String key) {
    return Texts.quote(key);
  }
}
