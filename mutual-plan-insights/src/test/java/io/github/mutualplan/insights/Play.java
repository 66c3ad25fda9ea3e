package io.github.mutualplan.insights;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A deal played by hand through the editor, by the plan's seller owner, each change after the one before. */
final class Play {
  private PlanHistory history;
  private Instant last;

  Play(MutualActionPlan plan) {
    this.history = PlanHistory.of(plan);
    this.last = plan.start().atStartOfDay(plan.zone()).toInstant();
  }

  /** The step is started and done on this day. */
  Play done(String step, LocalDate on) {
    apply(PlanChange.startCommitment(CommitmentId.of(step)), at(on, LocalTime.of(9, 0)));
    return apply(PlanChange.completeCommitment(CommitmentId.of(step), on), at(on, LocalTime.of(17, 0)));
  }

  /** The step is cancelled. */
  Play skipped(String step) {
    return apply(PlanChange.cancelCommitment(CommitmentId.of(step), "skipped"), last);
  }

  /** Another change. */
  Play then(PlanChange change) {
    return apply(change, last);
  }

  /** The deal closed with this reason, won or lost as the reason says, at 18:00 on this day. */
  PlanHistory closed(CloseReason reason, LocalDate on) {
    apply(reason.isWin() ? PlanChange.closeWon(reason) : PlanChange.closeLost(reason), at(on, LocalTime.of(18, 0)));
    return history;
  }

  /** The deal as it stands, not closed. */
  PlanHistory open() {
    return history;
  }

  private Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(history.current().zone()).toInstant();
  }

  private Play apply(PlanChange change, Instant at) {
    last = at.isAfter(last) ? at : last.plusSeconds(1);
    history = PlanEditor.standard().apply(history, change, history.current().sellerOwner(), last);
    return this;
  }
}
