package io.github.mutualplan.examples;

import static io.github.mutualplan.examples.Deals.ALEX;
import static io.github.mutualplan.examples.Deals.MARIA;
import static io.github.mutualplan.examples.Deals.US_CALENDARS;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.Instantiation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flagship example: Northwind Health's plan, made from the catalogue's healthcare template, shared and
 * signed by both owners, seven weeks into the deal with one buyer pledge overdue; its schedule, risks and
 * forecast; and the buyer's version written as Markdown and HTML.
 *
 * <p>Run it with {@code java -jar mutual-plan-examples/target/mutual-plan-examples.jar flagship} (see README.md).
 */
public final class FlagshipExample {
  /** The day the example looks at the deal from: seven weeks after its start. */
  public static final LocalDate AS_OF = Deals.START.plusWeeks(7);

  private FlagshipExample() {}

  /** What the example found, for the tests and for printing. */
  record Outcome(Instantiation instantiation, PlanHistory history, Schedule schedule, RiskReport risk,
      CloseForecast forecast, List<Path> documents) {}

  /** Runs the example, writes the documents into {@code directory} and prints what it found. */
  public static Outcome run(Path directory, PrintWriter out) throws IOException {
    Instantiation northwind = Deals.northwind();
    PlanHistory history = progressTo(northwind.plan(), AS_OF);
    MutualActionPlan plan = history.current();
    Schedule schedule = Scheduler.of(US_CALENDARS.withAsOf(AS_OF)).schedule(plan);
    RiskReport risk = RiskAssessor.standard().withScheduleOptions(US_CALENDARS).assess(history, AS_OF);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()
        .withScheduleOptions(US_CALENDARS.withAsOf(AS_OF))).forecast(plan);
    List<Path> documents = Documents.writeBuyerVersions(plan, AS_OF, directory);

    Printer print = new Printer(out, Locale.ENGLISH);
    print.plan(plan);
    print.schedule(plan, schedule);
    print.risk(risk);
    print.forecast(plan, forecast);
    out.println();
    out.println("Wrote the buyer's version: " + documents.stream().map(Path::toString)
        .collect(Collectors.joining(", ")));
    out.println();
    out.println(Documents.markdown(plan, AS_OF));
    return new Outcome(northwind, history, schedule, risk, forecast, documents);
  }

  /**
   * The plan's life up to a day: the seller shares it with the buyer's co-owner, both owners sign it off, and
   * every commitment scheduled to finish before the day is done on time, except the buyer's first pledge, which
   * is still open (and what waits for it).
   */
  static PlanHistory progressTo(MutualActionPlan plan, LocalDate day) {
    PlanEditor editor = PlanEditor.standard();
    Instant kickoff = Deals.CREATED;
    PlanHistory history = PlanHistory.of(plan);
    history = editor.apply(history, PlanChange.share(), ALEX.id(), kickoff);
    history = editor.apply(history, PlanChange.signOff(), ALEX.id(), kickoff.plusSeconds(3_600));
    history = editor.apply(history, PlanChange.signOff(), MARIA.id(), kickoff.plusSeconds(7_200));

    List<ScheduledCommitment> finished = Scheduler.of(US_CALENDARS).schedule(plan).commitments().stream()
        .filter(s -> s.earlyFinish().isBefore(day))
        .sorted(Comparator.comparing(ScheduledCommitment::earlyFinish))
        .collect(Collectors.toList());
    Optional<CommitmentId> late = finished.stream().map(ScheduledCommitment::id)
        .filter(id -> plan.commitment(id).orElseThrow().owingSide() == Side.BUYER).findFirst();
    Set<CommitmentId> open = new HashSet<>();
    late.ifPresent(open::add);
    for (ScheduledCommitment s : finished) {
      Commitment c = plan.commitment(s.id()).orElseThrow();
      if (open.contains(c.id()) || c.dependsOn().stream().anyMatch(open::contains)) {
        open.add(c.id());
        continue;
      }
      Instant evening = s.earlyFinish().atTime(17, 0).atZone(plan.zone()).toInstant();
      history = editor.apply(history, PlanChange.completeCommitment(c.id(), s.earlyFinish()),
          c.accountable().orElseThrow(), evening);
    }
    return history;
  }
}
