package io.github.mutualplan.risk;

import io.github.mutualplan.Keys;
import io.github.mutualplan.Texts;
import java.util.Objects;

/**
 * Identifies a {@link RiskRule}, such as {@code overdue-commitment}: a readable key, compared, hashed and printed as
 * the key itself. The built-in rules' identifiers are listed on {@link RiskRule}; a rule of one's own chooses its
 * own.
 *
 * <pre>{@code
 * RiskRuleId overdue = RiskRuleId.of("overdue-commitment");
 * report.findings(overdue).forEach(f -> System.out.println(f.subject() + ": " + f.message(Locale.ENGLISH)));
 * }</pre>
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or digit,
 * as the keys of the model's identifiers.
 *
 * @since 0.1.0
 */
public final class RiskRuleId implements Comparable<RiskRuleId> {
  private final String key;

  private RiskRuleId(String key) {
    this.key = key;
  }

  /**
   * Returns the identifier with this key.
   *
   * @param key the readable key, for example {@code "no-pricing-approval"}
   * @return the identifier
   * @throws IllegalArgumentException if the key is not valid
   */
  public static RiskRuleId of(String key) {
    if (!Keys.isValid(Objects.requireNonNull(key, "key"))) {
      throw new IllegalArgumentException("key: " + Texts.quote(key) + " is not a valid rule id: use " + Keys.rule());
    }
    return new RiskRuleId(key);
  }

  /** The readable key. */
  public String key() {
    return key;
  }

  @Override
  public int compareTo(RiskRuleId other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof RiskRuleId && key.equals(((RiskRuleId) other).key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Returns the key. */
  @Override
  public String toString() {
    return key;
  }
}
