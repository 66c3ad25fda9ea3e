package io.github.mutualplan;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A factor the buyer decides on (a feature, the budget, the time to go live, a compliance regime), with its
 * weight, the buyer-side person who owns it and the seller's standing on it.
 *
 * <pre>{@code
 * DecisionCriterion hipaa = DecisionCriterion.builder()
 *     .id(DecisionCriterionId.of("hipaa"))
 *     .name("HIPAA compliance with a signed business associate agreement")
 *     .category(CriterionCategory.COMPLIANCE)
 *     .weight(30)
 *     .owner(StakeholderId.of("ciso"))
 *     .standing(Standing.PARTLY_MET)
 *     .evidence("SOC 2 Type II report shared; BAA in legal review")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DecisionCriterion {
  /** Lowest weight accepted. */
  public static final int MIN_WEIGHT = 1;
  /** Highest weight accepted. */
  public static final int MAX_WEIGHT = 100;

  DecisionCriterion() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The criterion's identifier. */
  public abstract DecisionCriterionId id();

  /** What the buyer decides on; not blank. */
  public abstract String name();

  /** What the criterion is about. */
  public abstract CriterionCategory category();

  /**
   * How much the criterion counts, relative to the others, from {@value #MIN_WEIGHT} to {@value #MAX_WEIGHT};
   * 1 unless set. Weights need not add up to anything.
   */
  @Value.Default
  public int weight() {
    return MIN_WEIGHT;
  }

  /** The buyer-side person who owns the criterion, once known. */
  public abstract Optional<StakeholderId> owner();

  /** The seller's standing on the criterion; {@link Standing#UNKNOWN} unless set. */
  @Value.Default
  public Standing standing() {
    return Standing.UNKNOWN;
  }

  /** What the standing rests on, when written down. */
  public abstract Optional<String> evidence();

  /**
   * Builds a {@link DecisionCriterion}; {@code id}, {@code name} and {@code category} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(DecisionCriterion)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link DecisionCriterion#id() id}: {@code id(DecisionCriterionId)}
   *   <li>{@link DecisionCriterion#name() name}: {@code name(String)}
   *   <li>{@link DecisionCriterion#category() category}: {@code category(CriterionCategory)}
   *   <li>{@link DecisionCriterion#weight() weight}: {@code weight(int)}
   *   <li>{@link DecisionCriterion#owner() owner}: {@code owner(StakeholderId)},
   *       {@code owner(Optional<StakeholderId>)}
   *   <li>{@link DecisionCriterion#standing() standing}: {@code standing(Standing)}
   *   <li>{@link DecisionCriterion#evidence() evidence}: {@code evidence(String)}, {@code evidence(Optional<String>)}
   * </ul>
   */
  public static final class Builder extends ImmutableDecisionCriterion.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract DecisionCriterion withId(DecisionCriterionId value);

  /** A copy with this {@link #name() name}. */
  public abstract DecisionCriterion withName(String value);

  /** A copy with this {@link #category() category}. */
  public abstract DecisionCriterion withCategory(CriterionCategory value);

  /** A copy with this {@link #weight() weight}. */
  public abstract DecisionCriterion withWeight(int value);

  /** A copy with this {@link #owner() owner}. */
  public abstract DecisionCriterion withOwner(StakeholderId value);

  /** A copy with this {@link #owner() owner}, or none for an empty optional. */
  public abstract DecisionCriterion withOwner(Optional<? extends StakeholderId> optional);

  /** A copy with this {@link #standing() standing}. */
  public abstract DecisionCriterion withStanding(Standing value);

  /** A copy with this {@link #evidence() evidence}. */
  public abstract DecisionCriterion withEvidence(String value);

  /** A copy with this {@link #evidence() evidence}, or none for an empty optional. */
  public abstract DecisionCriterion withEvidence(Optional<String> optional);
}
