package io.github.mutualplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An action one side commits to before (or after) the close, with its timing, its order among the others,
 * the people who answer for it and where it stands. A commitment owed by the buyer is a <em>customer
 * pledge</em> ({@link #isCustomerPledge()}).
 *
 * <pre>{@code
 * Commitment securityReview = Commitment.builder()
 *     .id(CommitmentId.of("security-review"))
 *     .title("Security review of the hosted service")
 *     .deliverable("Completed security questionnaire and pen-test summary")
 *     .owingSide(Side.BUYER)
 *     .durationDays(10)
 *     .due(LocalDate.of(2027, 2, 12))
 *     .addDependsOn(CommitmentId.of("technical-demo"))
 *     .milestone(MilestoneId.of("security-approved"))
 *     .addResponsibility(Responsibility.accountable(StakeholderId.of("ciso")))
 *     .addTag(Tags.SECURITY)
 *     .build();
 * }</pre>
 *
 * <p>Timing: a commitment has a due date, a duration in working days, or both, and may have a start date.
 * Durations count in the working calendar of the side that owes the commitment; without a duration, a
 * commitment takes the working days from its start to its due date, or one. The dates are the ones both sides
 * agreed, and the scheduler plans by them:
 * <ul>
 *   <li>a <b>due date</b> is a date to finish <em>no earlier than</em>: an open commitment with one is planned
 *       to finish on it (on the last working day of its side on or before it, starting that day less its
 *       duration), or later when what it waits for (its dependencies, the plan's start, the as-of day, a fixed
 *       start) makes that impossible, which the schedule reports as a missed due date. So a pledge moved later
 *       moves what waits for it and, on the critical path, the close;
 *   <li>a {@linkplain #fixed() fixed} start is a date the commitment starts on (a meeting): with a due date too,
 *       it keeps its day and takes until its due date;
 *   <li>a start that is not fixed only counts its duration (when it has none);
 *   <li>as of a day, what happened wins: a done commitment stands at its dates, one in progress since the day it
 *       {@linkplain #startedOn() started} (or since its start, when that day is not recorded) finishes at the
 *       latest of its duration from that day, the as-of day and its due date; a cancelled one is not scheduled,
 *       and its due date holds nothing.
 * </ul>
 * Within a plan, dates are ordered: plan start, then start, then due; and plan start, then the day it started,
 * then its completion date ({@link PlanRule#DATE_ORDER}). {@code PlanChange.slipCommitment} makes a commitment
 * take longer and moves its due date with it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Commitment {
  Commitment() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The commitment's identifier. */
  public abstract CommitmentId id();

  /** What is done, in a few words; not blank. */
  public abstract String title();

  /** What it produces, when that is more than the title says. */
  public abstract Optional<String> deliverable();

  /** The side that owes it: a buyer-owed commitment is a customer pledge. */
  public abstract Side owingSide();

  /** When work starts, when agreed; for a {@linkplain #fixed() fixed} commitment, the day it happens. */
  public abstract Optional<LocalDate> start();

  /**
   * When it is due, when agreed: the day it is planned to finish, no earlier (and later only when what it
   * waits for cannot finish in time); see the class comment.
   */
  public abstract Optional<LocalDate> due();

  /** How long it takes in working days of the owing side, at least 1, when estimated. */
  public abstract OptionalInt durationDays();

  /**
   * Whether the start date is fixed, like a meeting on a given day: the scheduler starts it on that day, and
   * reports a conflict when its dependencies finish too late for it. False unless set; a fixed commitment has
   * a start date.
   */
  @Value.Default
  public boolean fixed() {
    return false;
  }

  /**
   * A three-point estimate of its duration in working days, for forecasting, when known. The schedule uses
   * {@link #durationDays()}; the forecast draws from this.
   */
  public abstract Optional<DurationEstimate> estimate();

  /** The commitments that must finish before this one starts. */
  public abstract Set<CommitmentId> dependsOn();

  /** The milestone this commitment leads to, if any. */
  public abstract Optional<MilestoneId> milestone();

  /** Where it stands; {@link CommitmentStatus#OPEN} unless set. */
  @Value.Default
  public CommitmentStatus status() {
    return CommitmentStatus.OPEN;
  }

  /**
   * The day work on it actually started, when known: what happened, beside the agreed {@link #start()} (which
   * stays, as a fixed commitment's day or the plan both sides agreed). An {@link CommitmentStatus#OPEN open}
   * commitment has none; one in progress, blocked, done or cancelled may have one ({@code
   * PlanChange.startCommitment(commitment, startedOn)} records it). Not before the plan's start and, once done,
   * not after its {@linkplain #completedOn() completion date}. As of a day on or after it, the scheduler counts a
   * commitment in progress from this day rather than from its start.
   */
  public abstract Optional<LocalDate> startedOn();

  /** When it was done: present exactly when the status is {@link CommitmentStatus#DONE}. */
  public abstract Optional<LocalDate> completedOn();

  /** Who sees it; {@link Visibility#SHARED} unless set. A customer pledge is always shared. */
  @Value.Default
  public Visibility visibility() {
    return Visibility.SHARED;
  }

  /** Who answers for it: exactly one accountable person on the owing side, any number of others. */
  public abstract Set<Responsibility> responsibilities();

  /**
   * Keys that classify it, such as {@code legal}, {@code security} or {@code onboarding} (the well-known ones
   * are {@link Tags}); templates set them and risk rules read them.
   */
  public abstract Set<String> tags();

  /** A free-text note, if any. */
  public abstract Optional<String> note();

  /** Whether the buyer owes it. */
  public final boolean isCustomerPledge() {
    return owingSide() == Side.BUYER;
  }

  /** The accountable person, if exactly one is named (always, within a valid plan). */
  public final Optional<StakeholderId> accountable() {
    return Responsibilities.accountable(responsibilities());
  }

  /**
   * Builds a {@link Commitment}; {@code id}, {@code title} and {@code owingSide} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(Commitment)} copies the attributes
   * of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the value.
   * <ul>
   *   <li>{@link Commitment#id() id}: {@code id(CommitmentId)}
   *   <li>{@link Commitment#title() title}: {@code title(String)}
   *   <li>{@link Commitment#deliverable() deliverable}: {@code deliverable(String)},
   *       {@code deliverable(Optional<String>)}
   *   <li>{@link Commitment#owingSide() owingSide}: {@code owingSide(Side)}
   *   <li>{@link Commitment#start() start}: {@code start(LocalDate)}, {@code start(Optional<LocalDate>)}
   *   <li>{@link Commitment#due() due}: {@code due(LocalDate)}, {@code due(Optional<LocalDate>)}
   *   <li>{@link Commitment#durationDays() durationDays}: {@code durationDays(int)},
   *       {@code durationDays(OptionalInt)}
   *   <li>{@link Commitment#fixed() fixed}: {@code fixed(boolean)}
   *   <li>{@link Commitment#estimate() estimate}: {@code estimate(DurationEstimate)},
   *       {@code estimate(Optional<DurationEstimate>)}
   *   <li>{@link Commitment#dependsOn() dependsOn}: {@code addDependsOn(CommitmentId)},
   *       {@code addDependsOn(CommitmentId...)}, {@code dependsOn(Iterable<CommitmentId>)},
   *       {@code addAllDependsOn(Iterable<CommitmentId>)}
   *   <li>{@link Commitment#milestone() milestone}: {@code milestone(MilestoneId)},
   *       {@code milestone(Optional<MilestoneId>)}
   *   <li>{@link Commitment#status() status}: {@code status(CommitmentStatus)}
   *   <li>{@link Commitment#startedOn() startedOn}: {@code startedOn(LocalDate)},
   *       {@code startedOn(Optional<LocalDate>)}
   *   <li>{@link Commitment#completedOn() completedOn}: {@code completedOn(LocalDate)},
   *       {@code completedOn(Optional<LocalDate>)}
   *   <li>{@link Commitment#visibility() visibility}: {@code visibility(Visibility)}
   *   <li>{@link Commitment#responsibilities() responsibilities}: {@code addResponsibility(Responsibility)},
   *       {@code addResponsibilities(Responsibility...)}, {@code responsibilities(Iterable<Responsibility>)},
   *       {@code addAllResponsibilities(Iterable<Responsibility>)}
   *   <li>{@link Commitment#tags() tags}: {@code addTag(String)}, {@code addTags(String...)},
   *       {@code tags(Iterable<String>)}, {@code addAllTags(Iterable<String>)}
   *   <li>{@link Commitment#note() note}: {@code note(String)}, {@code note(Optional<String>)}
   * </ul>
   */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract Commitment withId(CommitmentId value);

  /** A copy with this {@link #title() title}. */
  public abstract Commitment withTitle(String value);

  /** A copy with this {@link #deliverable() deliverable}. */
  public abstract Commitment withDeliverable(String value);

  /** A copy with this {@link #deliverable() deliverable}, or none for an empty optional. */
  public abstract Commitment withDeliverable(Optional<String> optional);

  /** A copy with this {@link #owingSide() owingSide}. */
  public abstract Commitment withOwingSide(Side value);

  /** A copy with this {@link #start() start}. */
  public abstract Commitment withStart(LocalDate value);

  /** A copy with this {@link #start() start}, or none for an empty optional. */
  public abstract Commitment withStart(Optional<? extends LocalDate> optional);

  /** A copy with this {@link #due() due}. */
  public abstract Commitment withDue(LocalDate value);

  /** A copy with this {@link #due() due}, or none for an empty optional. */
  public abstract Commitment withDue(Optional<? extends LocalDate> optional);

  /** A copy with this {@link #durationDays() durationDays}. */
  public abstract Commitment withDurationDays(int value);

  /** A copy with this {@link #durationDays() durationDays}, or none for an empty optional. */
  public abstract Commitment withDurationDays(OptionalInt optional);

  /** A copy with this {@link #fixed() fixed}. */
  public abstract Commitment withFixed(boolean value);

  /** A copy with this {@link #estimate() estimate}. */
  public abstract Commitment withEstimate(DurationEstimate value);

  /** A copy with this {@link #estimate() estimate}, or none for an empty optional. */
  public abstract Commitment withEstimate(Optional<? extends DurationEstimate> optional);

  /** A copy with these {@link #dependsOn() dependsOn} instead of its own. */
  public abstract Commitment withDependsOn(CommitmentId... elements);

  /** A copy with these {@link #dependsOn() dependsOn} instead of its own. */
  public abstract Commitment withDependsOn(Iterable<? extends CommitmentId> elements);

  /** A copy with this {@link #milestone() milestone}. */
  public abstract Commitment withMilestone(MilestoneId value);

  /** A copy with this {@link #milestone() milestone}, or none for an empty optional. */
  public abstract Commitment withMilestone(Optional<? extends MilestoneId> optional);

  /** A copy with this {@link #status() status}. */
  public abstract Commitment withStatus(CommitmentStatus value);

  /** A copy with this {@link #startedOn() startedOn}. */
  public abstract Commitment withStartedOn(LocalDate value);

  /** A copy with this {@link #startedOn() startedOn}, or none for an empty optional. */
  public abstract Commitment withStartedOn(Optional<? extends LocalDate> optional);

  /** A copy with this {@link #completedOn() completedOn}. */
  public abstract Commitment withCompletedOn(LocalDate value);

  /** A copy with this {@link #completedOn() completedOn}, or none for an empty optional. */
  public abstract Commitment withCompletedOn(Optional<? extends LocalDate> optional);

  /** A copy with this {@link #visibility() visibility}. */
  public abstract Commitment withVisibility(Visibility value);

  /** A copy with these {@link #responsibilities() responsibilities} instead of its own. */
  public abstract Commitment withResponsibilities(Responsibility... elements);

  /** A copy with these {@link #responsibilities() responsibilities} instead of its own. */
  public abstract Commitment withResponsibilities(Iterable<? extends Responsibility> elements);

  /** A copy with these {@link #tags() tags} instead of its own. */
  public abstract Commitment withTags(String... elements);

  /** A copy with these {@link #tags() tags} instead of its own. */
  public abstract Commitment withTags(Iterable<String> elements);

  /** A copy with this {@link #note() note}. */
  public abstract Commitment withNote(String value);

  /** A copy with this {@link #note() note}, or none for an empty optional. */
  public abstract Commitment withNote(Optional<String> optional);
}
