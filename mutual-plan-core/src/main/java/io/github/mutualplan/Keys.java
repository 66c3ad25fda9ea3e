package io.github.mutualplan;

import java.util.Objects;

/**
 * The format of readable keys: identifiers, role names, tags and the keys of templates and rules. An identifier
 * such as {@link CommitmentId#of} refuses any other; a service can check a key before it builds one:
 *
 * <pre>{@code
 * if (!Keys.isValid(request.tag())) {
 *   reply(400, "tag " + Texts.quote(request.tag()) + ": use " + Keys.rule());
 * }
 * }</pre>
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class Keys {
  /** Longest key accepted. */
  public static final int MAX_LENGTH = 100;

  private Keys() {}

  /** Whether {@code key} is a valid key. */
  public static boolean isValid(String key) {
    // By hand, not by a regular expression: every identifier of a plan read or built is checked here.
    int length = Objects.requireNonNull(key, "key").length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = key.charAt(i);
      boolean letterOrDigit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** What a valid key looks like, for error messages. */
  public static String rule() {
    return "1 to " + MAX_LENGTH + " ASCII letters, digits, '-', '_' or '.', starting with a letter or digit";
  }
}
