package io.github.mutualplan.examples;

import static io.github.mutualplan.examples.Deals.ALEX;
import static io.github.mutualplan.examples.Deals.DANA;
import static io.github.mutualplan.examples.Deals.MARIA;

import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.template.Anchor;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/**
 * From a closing plan to an agreed mutual action plan: sharing is refused until the buyer's economic buyer is
 * named; both owners sign; a material change makes the sign-offs stale until they sign again.
 */
public final class SignOffExample {
  private SignOffExample() {}

  /** Runs the example and prints each step; returns the history. */
  public static PlanHistory run(PrintWriter out) {
    PlanEditor editor = PlanEditor.standard()
        .withListener(n -> out.printf("  event %-22s -> tell %s%n", n.event().getClass().getSimpleName(),
            n.recipients()));
    // The seller's internal closing plan: the champion and the specialists are known, the economic buyer not yet.
    MutualActionPlan closing = Deals.instantiate("northwind-health", "Northwind Health", Deals.healthSystem(),
        List.of(MARIA, Deals.LEE, Deals.PAT, Deals.ROBIN), Anchor.startOn(Deals.START)).plan();
    PlanHistory history = PlanHistory.of(closing);
    Instant at = Deals.CREATED;
    out.printf("%s is a %s, version %d%n", closing.title(), closing.kind(), closing.version());

    try {
      editor.apply(history, PlanChange.share(), ALEX.id(), at);
    } catch (ChangeRejectedException e) {
      out.println("Sharing refused: " + e.getMessage());
    }

    out.println("The CFO joins as economic buyer, and the plan is shared:");
    history = editor.apply(history, PlanChange.addStakeholder(DANA), ALEX.id(), at = at.plusSeconds(600));
    history = editor.apply(history, PlanChange.share(), ALEX.id(), at = at.plusSeconds(600));
    out.println("Both owners sign it off:");
    history = editor.apply(history, PlanChange.signOff(), ALEX.id(), at = at.plusSeconds(600));
    history = editor.apply(history, PlanChange.signOff(), MARIA.id(), at = at.plusSeconds(600));
    out.printf("%s is %s at version %d%n", history.current().title(), history.current().status(),
        history.current().version());

    MutualActionPlan agreed = history.current();
    MilestoneId closingMilestone = agreed.closingMilestone().orElseThrow().id();
    out.println("A month later the contract signature moves by a week, a material change:");
    history = editor.apply(history, PlanChange.updateMilestone(agreed.milestone(closingMilestone).orElseThrow()
        .withTargetDate(agreed.closingMilestone().orElseThrow().targetDate().plusWeeks(1))),
        ALEX.id(), at = at.plusSeconds(30L * 24 * 3600));
    out.printf("%s is %s again; stale sign-offs: %s%n", history.current().title(), history.current().status(),
        history.current().signOffs().stream().filter(SignOff::stale).count());
    history = editor.apply(history, PlanChange.signOff(), ALEX.id(), at = at.plusSeconds(600));
    history = editor.apply(history, PlanChange.signOff(), MARIA.id(), at.plusSeconds(600));
    out.printf("Signed again: %s at version %d, after %d events%n", history.current().status(),
        history.current().version(), history.events().size());
    out.println("What changed since the first agreement:");
    history.diff(agreed.version(), history.current().version()).differences()
        .forEach(d -> out.println("  " + d));
    return history;
  }
}
