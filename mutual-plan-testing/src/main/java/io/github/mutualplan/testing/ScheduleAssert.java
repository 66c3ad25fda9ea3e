package io.github.mutualplan.testing;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleConflict;
import io.github.mutualplan.schedule.ScheduledCommitment;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a schedule; see {@link MutualPlanAssertions}. A failure shows the projected close, the critical
 * path or the conflicts, as the assertion needs.
 *
 * @since 0.1.0
 */
public final class ScheduleAssert extends AbstractAssert<ScheduleAssert, Schedule> {
  ScheduleAssert(Schedule actual) {
    super(actual, ScheduleAssert.class);
  }

  private String schedule() {
    return "the schedule of plan " + Shown.key(actual.plan().key()) + " (version " + actual.version() + ")";
  }

  /** The plan is projected to close on this day. */
  public ScheduleAssert hasProjectedClose(LocalDate day) {
    isNotNull();
    if (!actual.projectedClose().equals(day)) {
      failWithMessage("Expecting %s to close on %s, but it closes on %s (target %s); critical path %s",
          schedule(), day, actual.projectedClose(), actual.targetClose(), Shown.keys(criticalPath()));
    }
    return this;
  }

  /** The projected close is on or before the target close. */
  public ScheduleAssert meetsTheTarget() {
    isNotNull();
    if (!actual.targetReachable()) {
      failWithMessage("Expecting %s to meet the target close %s, but it closes on %s; critical path %s",
          schedule(), actual.targetClose(), actual.projectedClose(), Shown.keys(criticalPath()));
    }
    return this;
  }

  /** The commitment with this key is on the critical path. */
  public ScheduleAssert isOnCriticalPath(String commitment) {
    scheduled(commitment);
    if (!actual.criticalPath().contains(CommitmentId.of(commitment))) {
      failWithMessage("Expecting %s to be on the critical path of %s, but the path is %s", Shown.key(commitment),
          schedule(), Shown.keys(criticalPath()));
    }
    return this;
  }

  /** The commitment with this key is not on the critical path. */
  public ScheduleAssert isNotOnCriticalPath(String commitment) {
    scheduled(commitment);
    if (actual.criticalPath().contains(CommitmentId.of(commitment))) {
      failWithMessage("Expecting %s not to be on the critical path of %s, but the path is %s",
          Shown.key(commitment), schedule(), Shown.keys(criticalPath()));
    }
    return this;
  }

  /** The commitment with this key has this many working days of total slack. */
  public ScheduleAssert hasSlack(String commitment, int workingDays) {
    ScheduledCommitment s = scheduled(commitment);
    if (s.totalSlack() != workingDays) {
      failWithMessage("Expecting %s in %s to have %d working days of slack, but it has %d (%s to %s, late finish"
          + " %s)", Shown.key(commitment), schedule(), workingDays, s.totalSlack(), s.earlyStart(), s.earlyFinish(),
          s.lateFinish());
    }
    return this;
  }

  /** The schedule has a conflict of this kind on the item with this key. */
  public ScheduleAssert hasConflict(ScheduleConflict.Kind kind, String item) {
    isNotNull();
    if (actual.conflicts().stream().noneMatch(c -> c.kind() == kind && c.item().key().equals(item))) {
      failWithMessage("Expecting %s to have a %s conflict on %s, but its conflicts are %s", schedule(), kind,
          Shown.key(item), conflicts());
    }
    return this;
  }

  /** The schedule has no conflict. */
  public ScheduleAssert hasNoConflicts() {
    isNotNull();
    if (!actual.conflicts().isEmpty()) {
      failWithMessage("Expecting %s to have no conflict, but it has %s", schedule(), conflicts());
    }
    return this;
  }

  private ScheduledCommitment scheduled(String commitment) {
    isNotNull();
    return actual.commitment(CommitmentId.of(commitment)).orElseThrow(() -> failure("Expecting %s to schedule %s,"
        + " but it has no such commitment", schedule(), Shown.key(commitment)));
  }

  private List<String> criticalPath() {
    return actual.criticalPath().stream().map(CommitmentId::key).collect(Collectors.toList());
  }

  private String conflicts() {
    return Shown.keys(actual.conflicts().stream().map(c -> c.kind() + " " + c.item().key())
        .collect(Collectors.toList()));
  }
}
