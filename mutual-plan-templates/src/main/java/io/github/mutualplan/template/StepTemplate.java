package io.github.mutualplan.template;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A step of a template, which becomes a commitment of the plan: what is done, by which side and role, how
 * long it takes, and what it waits for.
 *
 * <pre>{@code
 * StepTemplate review = StepTemplate.builder()
 *     .key("security-review")
 *     .title(LocalizedText.of(Map.of("en", "Security review", "ru", "Проверка безопасности")))
 *     .side(Side.BUYER)
 *     .ownerRole(Role.SECURITY)
 *     .durationDays(10)
 *     .estimate(DurationEstimate.of(5, 10, 20))
 *     .addDependsOn("technical-demo")
 *     .milestone("technical-win")
 *     .addTag(Tags.SECURITY)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StepTemplate {
  StepTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The step's key, which becomes the commitment's identifier, such as {@code security-review}. */
  public abstract String key();

  /** What is done. */
  public abstract LocalizedText title();

  /** What it produces, if more than the title says. */
  public abstract Optional<LocalizedText> deliverable();

  /** The side that owes it. */
  public abstract Side side();

  /** The role on that side who is accountable for it. */
  public abstract Role ownerRole();

  /** Working days it takes; when absent, its stage's default. */
  public abstract OptionalInt durationDays();

  /** A three-point estimate of its working days, for forecasting. */
  public abstract Optional<DurationEstimate> estimate();

  /** The keys of the steps it waits for. */
  public abstract Set<String> dependsOn();

  /** The key of the milestone it leads to, if any. */
  public abstract Optional<String> milestone();

  /** The key of its stage, if any. */
  public abstract Optional<String> stage();

  /** Tags such as {@code legal}, {@code security}, {@code compliance}, {@code onboarding}. */
  public abstract Set<String> tags();

  /** Who sees it; shared unless set. */
  @Value.Default
  public Visibility visibility() {
    return Visibility.SHARED;
  }

  /**
   * Builds a {@link StepTemplate}; {@code key}, {@code title}, {@code side} and {@code ownerRole} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(StepTemplate)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link StepTemplate#key() key}: {@code key(String)}
   *   <li>{@link StepTemplate#title() title}: {@code title(LocalizedText)}
   *   <li>{@link StepTemplate#deliverable() deliverable}: {@code deliverable(LocalizedText)},
   *       {@code deliverable(Optional<LocalizedText>)}
   *   <li>{@link StepTemplate#side() side}: {@code side(Side)}
   *   <li>{@link StepTemplate#ownerRole() ownerRole}: {@code ownerRole(Role)}
   *   <li>{@link StepTemplate#durationDays() durationDays}: {@code durationDays(int)},
   *       {@code durationDays(OptionalInt)}
   *   <li>{@link StepTemplate#estimate() estimate}: {@code estimate(DurationEstimate)},
   *       {@code estimate(Optional<DurationEstimate>)}
   *   <li>{@link StepTemplate#dependsOn() dependsOn}: {@code addDependsOn(String)}, {@code addDependsOn(String...)},
   *       {@code dependsOn(Iterable<String>)}, {@code addAllDependsOn(Iterable<String>)}
   *   <li>{@link StepTemplate#milestone() milestone}: {@code milestone(String)}, {@code milestone(Optional<String>)}
   *   <li>{@link StepTemplate#stage() stage}: {@code stage(String)}, {@code stage(Optional<String>)}
   *   <li>{@link StepTemplate#tags() tags}: {@code addTag(String)}, {@code addTags(String...)},
   *       {@code tags(Iterable<String>)}, {@code addAllTags(Iterable<String>)}
   *   <li>{@link StepTemplate#visibility() visibility}: {@code visibility(Visibility)}
   * </ul>
   */
  public static final class Builder extends ImmutableStepTemplate.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #key() key}. */
  public abstract StepTemplate withKey(String value);

  /** A copy with this {@link #title() title}. */
  public abstract StepTemplate withTitle(LocalizedText value);

  /** A copy with this {@link #deliverable() deliverable}. */
  public abstract StepTemplate withDeliverable(LocalizedText value);

  /** A copy with this {@link #deliverable() deliverable}, or none for an empty optional. */
  public abstract StepTemplate withDeliverable(Optional<? extends LocalizedText> optional);

  /** A copy with this {@link #side() side}. */
  public abstract StepTemplate withSide(Side value);

  /** A copy with this {@link #ownerRole() ownerRole}. */
  public abstract StepTemplate withOwnerRole(Role value);

  /** A copy with this {@link #durationDays() durationDays}. */
  public abstract StepTemplate withDurationDays(int value);

  /** A copy with this {@link #durationDays() durationDays}, or none for an empty optional. */
  public abstract StepTemplate withDurationDays(OptionalInt optional);

  /** A copy with this {@link #estimate() estimate}. */
  public abstract StepTemplate withEstimate(DurationEstimate value);

  /** A copy with this {@link #estimate() estimate}, or none for an empty optional. */
  public abstract StepTemplate withEstimate(Optional<? extends DurationEstimate> optional);

  /** A copy with these {@link #dependsOn() dependsOn} instead of its own. */
  public abstract StepTemplate withDependsOn(String... elements);

  /** A copy with these {@link #dependsOn() dependsOn} instead of its own. */
  public abstract StepTemplate withDependsOn(Iterable<String> elements);

  /** A copy with this {@link #milestone() milestone}. */
  public abstract StepTemplate withMilestone(String value);

  /** A copy with this {@link #milestone() milestone}, or none for an empty optional. */
  public abstract StepTemplate withMilestone(Optional<String> optional);

  /** A copy with this {@link #stage() stage}. */
  public abstract StepTemplate withStage(String value);

  /** A copy with this {@link #stage() stage}, or none for an empty optional. */
  public abstract StepTemplate withStage(Optional<String> optional);

  /** A copy with these {@link #tags() tags} instead of its own. */
  public abstract StepTemplate withTags(String... elements);

  /** A copy with these {@link #tags() tags} instead of its own. */
  public abstract StepTemplate withTags(Iterable<String> elements);

  /** A copy with this {@link #visibility() visibility}. */
  public abstract StepTemplate withVisibility(Visibility value);
}
