package io.github.mutualplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A checkpoint or decision point of the deal (demo done, security review passed, contract signed), with a
 * target date and the criteria that say it is reached. One milestone may be the <em>closing</em> milestone:
 * its date is the deal's projected close.
 *
 * <pre>{@code
 * Milestone signed = Milestone.builder()
 *     .id(MilestoneId.of("contract-signed"))
 *     .name("Contract signed")
 *     .targetDate(LocalDate.of(2027, 3, 31))
 *     .addExitCriterion("Order form countersigned by both parties")
 *     .closing(true)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Milestone {
  Milestone() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The milestone's identifier. */
  public abstract MilestoneId id();

  /** What is reached; not blank. */
  public abstract String name();

  /** When it should be reached; not before the plan starts. */
  public abstract LocalDate targetDate();

  /** What must be true for the milestone to count as reached; possibly none. */
  public abstract List<String> exitCriteria();

  /** Whether this is the closing milestone, whose date is the projected close; false unless set. */
  @Value.Default
  public boolean closing() {
    return false;
  }

  /** Who sees the milestone; {@link Visibility#SHARED} unless set. The closing milestone is shared. */
  @Value.Default
  public Visibility visibility() {
    return Visibility.SHARED;
  }

  /** Who answers for reaching it: at most one accountable person, any number of others. */
  public abstract Set<Responsibility> responsibilities();

  /** The accountable person, if one is named. */
  public final Optional<StakeholderId> accountable() {
    return Responsibilities.accountable(responsibilities());
  }

  /**
   * Builds a {@link Milestone}; {@code id}, {@code name} and {@code targetDate} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(Milestone)} copies the attributes
   * of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the value.
   * <ul>
   *   <li>{@link Milestone#id() id}: {@code id(MilestoneId)}
   *   <li>{@link Milestone#name() name}: {@code name(String)}
   *   <li>{@link Milestone#targetDate() targetDate}: {@code targetDate(LocalDate)}
   *   <li>{@link Milestone#exitCriteria() exitCriteria}: {@code addExitCriterion(String)},
   *       {@code addExitCriteria(String...)}, {@code exitCriteria(Iterable<String>)},
   *       {@code addAllExitCriteria(Iterable<String>)}
   *   <li>{@link Milestone#closing() closing}: {@code closing(boolean)}
   *   <li>{@link Milestone#visibility() visibility}: {@code visibility(Visibility)}
   *   <li>{@link Milestone#responsibilities() responsibilities}: {@code addResponsibility(Responsibility)},
   *       {@code addResponsibilities(Responsibility...)}, {@code responsibilities(Iterable<Responsibility>)},
   *       {@code addAllResponsibilities(Iterable<Responsibility>)}
   * </ul>
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract Milestone withId(MilestoneId value);

  /** A copy with this {@link #name() name}. */
  public abstract Milestone withName(String value);

  /** A copy with this {@link #targetDate() targetDate}. */
  public abstract Milestone withTargetDate(LocalDate value);

  /** A copy with these {@link #exitCriteria() exitCriteria} instead of its own. */
  public abstract Milestone withExitCriteria(String... elements);

  /** A copy with these {@link #exitCriteria() exitCriteria} instead of its own. */
  public abstract Milestone withExitCriteria(Iterable<String> elements);

  /** A copy with this {@link #closing() closing}. */
  public abstract Milestone withClosing(boolean value);

  /** A copy with this {@link #visibility() visibility}. */
  public abstract Milestone withVisibility(Visibility value);

  /** A copy with these {@link #responsibilities() responsibilities} instead of its own. */
  public abstract Milestone withResponsibilities(Responsibility... elements);

  /** A copy with these {@link #responsibilities() responsibilities} instead of its own. */
  public abstract Milestone withResponsibilities(Iterable<? extends Responsibility> elements);
}
