package io.github.mutualplan;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person on either side of the deal, with the roles they play.
 *
 * <pre>{@code
 * Stakeholder champion = Stakeholder.builder()
 *     .id(StakeholderId.of("maria-ops"))
 *     .side(Side.BUYER)
 *     .name("Maria Lopez")
 *     .title("Director of Clinical Operations")
 *     .email("maria.lopez@example.org")
 *     .addRole(Role.CHAMPION)
 *     .build();
 * }</pre>
 *
 * <p>The plan checks that the name is not blank, that the e-mail address looks like one, and that each role
 * suits the side ({@link PlanRule#ROLE_SIDES}).
 */
@Value.Immutable
public abstract class Stakeholder implements WithStakeholder {
  Stakeholder() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stakeholder's identifier. */
  public abstract StakeholderId id();

  /** The side the stakeholder works for. */
  public abstract Side side();

  /** The full name. */
  public abstract String name();

  /** The job title, when known. */
  public abstract Optional<String> title();

  /** The e-mail address, when known. */
  public abstract Optional<String> email();

  /** The roles played, in the order given; possibly none. */
  public abstract Set<Role> roles();

  /** Whether the stakeholder plays this role. */
  public final boolean hasRole(Role role) {
    return roles().contains(Objects.requireNonNull(role, "role"));
  }

  /** Builds a {@link Stakeholder}; {@code id}, {@code side} and {@code name} are required. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }
}
