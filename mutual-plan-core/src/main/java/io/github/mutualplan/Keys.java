package io.github.mutualplan;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

  private Keys() {}

  /** Whether {@code key} is a valid key. */
  public static boolean isValid(String key) {
    return KEY.matcher(Objects.requireNonNull(key, "key")).matches();
  }

  /** What a valid key looks like, for error messages. */
  public static String rule() {
    return "1 to " + MAX_LENGTH + " ASCII letters, digits, '-', '_' or '.', starting with a letter or digit";
  }
}
