package io.github.mutualplan.examples;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.schedule.DateShift;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.schedule.SlipImpact;
import java.io.PrintWriter;
import java.util.Comparator;

/**
 * A slip and the new forecast: at the start of the flagship deal, the first commitment on the critical path
 * that the buyer owes will take ten working days longer. Which dates move, does the close still fit, and how do
 * the odds change?
 */
public final class SlipExample {
  private SlipExample() {}

  /** What the slip did: its impact on the schedule and the forecasts before and after. */
  record Outcome(SlipImpact impact, CloseForecast before, CloseForecast after) {}

  /** Runs the example and prints what the slip did. */
  public static Outcome run(PrintWriter out) {
    PlanHistory history = FlagshipExample.progressTo(Deals.northwind().plan(), Deals.START, false);
    MutualActionPlan before = history.current();
    Scheduler scheduler = Deals.SCHEDULER;
    ScheduledCommitment slipping = scheduler.schedule(before).commitments().stream()
        .filter(s -> s.critical() && before.commitment(s.id()).orElseThrow().owingSide() == Side.BUYER)
        .min(Comparator.comparing(ScheduledCommitment::earlyStart)).orElseThrow();
    Commitment commitment = before.commitment(slipping.id()).orElseThrow();
    // It will take ten working days longer than planned: weighed first, then recorded. The slip grows its
    // duration and estimate and moves its due date ten working days (Monday to Friday) later.
    SlipImpact weighed = scheduler.impact(before, commitment.id(), 10);
    history = PlanEditor.standard().apply(history, PlanChange.slipCommitment(commitment.id(), 10),
        commitment.accountable().orElseThrow(), Deals.CREATED.plusSeconds(14L * 24 * 3600));
    MutualActionPlan after = history.current();

    SlipImpact impact = scheduler.impact(before, after);
    if (!impact.equals(weighed)) {
      throw new IllegalStateException("the slip recorded is not the slip weighed");
    }
    out.printf("'%s' slips from %s to %s.%n", commitment.title(), slipping.earlyFinish(),
        after.commitment(commitment.id()).flatMap(Commitment::due).orElseThrow());
    out.printf("The projected close moves from %s to %s (%+d working days); the target %s is %s.%n",
        impact.closeBefore(), impact.closeAfter(), impact.closeShift(), after.targetClose(),
        impact.targetReachable() ? "still reachable" : "out of reach");
    out.printf("%d dates moved, among them:%n", impact.shifts().size());
    impact.shifts().stream().limit(5).forEach((DateShift shift) -> out.printf("  %s: finish %s -> %s (%+d working days)%n",
        Printer.title(after, shift.id()), shift.finishBefore(), shift.finishAfter(), shift.workingDays()));

    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults());
    CloseForecast was = forecaster.forecast(before);
    CloseForecast is = forecaster.forecast(after);
    out.printf("P(close by %s): %.0f%% before the slip, %.0f%% after; P80 from %s to %s.%n", after.targetClose(),
        100 * was.probabilityByTarget(), 100 * is.probabilityByTarget(), was.p80(), is.p80());
    return new Outcome(impact, was, is);
  }
}
