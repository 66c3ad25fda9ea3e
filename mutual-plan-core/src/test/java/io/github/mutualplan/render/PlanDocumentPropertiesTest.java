package io.github.mutualplan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.ItemId;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.render.RenderPropertiesTest.Case;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleConflict;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The document model over generated plans: the buyer's holds nothing internal, and its dates are the schedule's. */
class PlanDocumentPropertiesTest {
  private static final int EXAMPLES = 100;

  @Test
  void theBuyersDocumentIsTheBuyersViewAndHoldsNoInternalItem() {
    qt().withExamples(EXAMPLES).forAll(Gens.mutualActionPlans(60)).checkAssert(plan -> {
      PlanDocument doc = PlanDocument.of(plan, Optional.empty(), RenderOptions.defaults());

      assertThat(doc.plan()).isEqualTo(plan.buyerView());
      assertThat(doc.rows()).allSatisfy(row -> assertThat(row.commitment().visibility()).isEqualTo(Visibility.SHARED))
          .extracting(PlanDocument.CommitmentRow::commitment).isEqualTo(plan.buyerView().commitments());
      assertThat(doc.milestones()).allSatisfy(row -> assertThat(row.milestone().visibility())
          .isEqualTo(Visibility.SHARED)).extracting(PlanDocument.MilestoneRow::milestone)
          .isEqualTo(plan.buyerView().milestones());
    });
  }

  @Test
  void everyRowHasTheSchedulesDatesAndIsLateExactlyWhenTheScheduleMissesItsDueDate() {
    qt().withExamples(EXAMPLES).forAll(RenderPropertiesTest.cases()).checkAssert(c -> {
      PlanDocument doc = PlanDocument.of(c.plan(), c.asOf(), c.options());
      Schedule schedule = schedule(c);
      Set<ItemId> missed = schedule.conflicts().stream()
          .filter(x -> x.kind() == ScheduleConflict.Kind.DUE_DATE_MISSED).map(ScheduleConflict::item)
          .collect(Collectors.toSet());

      assertThat(doc.projectedClose()).isEqualTo(schedule.projectedClose());
      assertThat(doc.asOf()).isEqualTo(c.asOf());
      for (PlanDocument.CommitmentRow row : doc.rows()) {
        Optional<ScheduledCommitment> dates = schedule.commitment(row.commitment().id());
        assertThat(row.start()).isEqualTo(dates.map(ScheduledCommitment::earlyStart));
        assertThat(row.finish()).isEqualTo(dates.map(ScheduledCommitment::earlyFinish));
        assertThat(row.critical()).isEqualTo(dates.map(ScheduledCommitment::critical).orElse(false));
        assertThat(row.late()).as("%s", row).isEqualTo(missed.contains(row.commitment().id()));
      }
      for (Side side : Side.values()) {
        assertThat(doc.rows(side)).containsExactlyElementsOf(doc.rows().stream().filter(r -> r.side() == side)
            .collect(Collectors.toList()));
      }
    });
  }

  private static Schedule schedule(Case c) {
    Scheduler scheduler = Scheduler.of(c.options().scheduleOptions());
    return c.asOf().isPresent() ? scheduler.schedule(c.plan(), c.asOf().get()) : scheduler.schedule(c.plan());
  }
}
