package io.github.mutualplan.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a tenant of a store: the customer of a CRM, say, whose plans no other tenant may read or write.
 *
 * <p>A key is 1 to 100 ASCII letters, digits, {@code -}, {@code _} or {@code .}, starting with a letter or digit,
 * as the model's identifiers are. {@code TenantId.of("acme corp")} throws {@link IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public final class TenantId implements Comparable<TenantId> {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final String key;

  private TenantId(String key) {
    this.key = key;
  }

  /**
   * Returns the tenant with this key.
   *
   * @param key the key, for example {@code "acme"}
   * @return the tenant
   * @throws IllegalArgumentException if the key is not valid
   */
  public static TenantId of(String key) {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("tenant: " + Quoted.of(key) + " is not a key: 1 to 100 ASCII letters, "
          + "digits, '-', '_' or '.', starting with a letter or digit");
    }
    return new TenantId(key);
  }

  /** The key. */
  public String key() {
    return key;
  }

  @Override
  public int compareTo(TenantId other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenantId && key.equals(((TenantId) other).key);
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
