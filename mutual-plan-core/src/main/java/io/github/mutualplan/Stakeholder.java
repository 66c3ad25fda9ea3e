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
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Stakeholder {
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

  /**
   * Builds a {@link Stakeholder}; {@code id}, {@code side} and {@code name} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(Stakeholder)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link Stakeholder#id() id}: {@code id(StakeholderId)}
   *   <li>{@link Stakeholder#side() side}: {@code side(Side)}
   *   <li>{@link Stakeholder#name() name}: {@code name(String)}
   *   <li>{@link Stakeholder#title() title}: {@code title(String)}, {@code title(Optional<String>)}
   *   <li>{@link Stakeholder#email() email}: {@code email(String)}, {@code email(Optional<String>)}
   *   <li>{@link Stakeholder#roles() roles}: {@code addRole(Role)}, {@code addRoles(Role...)},
   *       {@code roles(Iterable<Role>)}, {@code addAllRoles(Iterable<Role>)}
   * </ul>
   */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract Stakeholder withId(StakeholderId value);

  /** A copy with this {@link #side() side}. */
  public abstract Stakeholder withSide(Side value);

  /** A copy with this {@link #name() name}. */
  public abstract Stakeholder withName(String value);

  /** A copy with this {@link #title() title}. */
  public abstract Stakeholder withTitle(String value);

  /** A copy with this {@link #title() title}, or none for an empty optional. */
  public abstract Stakeholder withTitle(Optional<String> optional);

  /** A copy with this {@link #email() email}. */
  public abstract Stakeholder withEmail(String value);

  /** A copy with this {@link #email() email}, or none for an empty optional. */
  public abstract Stakeholder withEmail(Optional<String> optional);

  /** A copy with these {@link #roles() roles} instead of its own. */
  public abstract Stakeholder withRoles(Role... elements);

  /** A copy with these {@link #roles() roles} instead of its own. */
  public abstract Stakeholder withRoles(Iterable<? extends Role> elements);
}
