package io.github.mutualplan.examples;

import static io.github.mutualplan.examples.Deals.SCHEDULER;

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
import io.github.mutualplan.pdf.PdfRenderer;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.Instantiation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flagship example: Northwind Health's plan, made from the catalogue's healthcare template, shared and
 * signed by both owners, six months into the deal with the buyer's first pledge overdue; its schedule, risks
 * and forecast; and the buyer's version written as Markdown, HTML and PDF.
 *
 * <p>Run it with {@code java -jar mutual-plan-examples/target/mutual-plan-examples.jar flagship} (see README.md).
 */
public final class FlagshipExample {
  /** The day the example looks at the deal from: six months in, the departments' review is overdue. */
  public static final LocalDate AS_OF = LocalDate.of(2027, 7, 12);

  private FlagshipExample() {}

  /** What the example found, for the tests and for printing. */
  record Outcome(Instantiation instantiation, PlanHistory history, Schedule schedule, RiskReport risk,
      CloseForecast forecast, List<Path> documents) {}

  /** Runs the example, writes the documents into {@code directory} and prints what it found. */
  public static Outcome run(Path directory, PrintWriter out) throws IOException {
    Instantiation northwind = Deals.northwind();
    PlanHistory history = progressTo(northwind.plan(), AS_OF, true);
    MutualActionPlan plan = history.current();
    // Every service schedules the plan on the calendars it names, as of the same day.
    Schedule schedule = SCHEDULER.schedule(plan, AS_OF);
    RiskReport risk = RiskAssessor.standard().assess(history, AS_OF);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(plan, AS_OF);
    // The buyer's version, each document rendered once: written to files, and the Markdown printed below.
    RenderOptions buyerVersion = RenderOptions.defaults();
    String markdown = DocumentFormat.MARKDOWN.renderer(buyerVersion).render(plan, AS_OF);
    String html = DocumentFormat.HTML.renderer(buyerVersion).render(plan, AS_OF);
    Files.createDirectories(directory);
    Path markdownFile = directory.resolve(plan.id().key() + "." + DocumentFormat.MARKDOWN.fileExtension());
    Path htmlFile = directory.resolve(plan.id().key() + "." + DocumentFormat.HTML.fileExtension());
    Path pdfFile = directory.resolve(plan.id().key() + ".pdf");
    List<Path> documents = List.of(Files.writeString(markdownFile, markdown, StandardCharsets.UTF_8),
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8),
        Files.write(pdfFile, PdfRenderer.of(buyerVersion).render(plan, AS_OF)));

    Printer print = new Printer(out, Locale.ENGLISH);
    print.plan(plan);
    print.schedule(plan, schedule);
    print.risk(risk);
    print.forecast(plan, forecast);
    out.println();
    out.println("Wrote the buyer's version: " + documents.stream().map(Path::toString)
        .collect(Collectors.joining(", ")));
    out.println();
    out.println(markdown);
    return new Outcome(northwind, history, schedule, risk, forecast, documents);
  }

  /**
   * The plan's life up to a day: the seller shares it with the buyer's co-owner and both owners sign it off;
   * then every commitment starts and finishes on its scheduled dates, except, if {@code buyerLate}, the first the
   * buyer owes, which starts on time and is not finished yet, and what waits for it.
   */
  static PlanHistory progressTo(MutualActionPlan plan, LocalDate day, boolean buyerLate) {
    PlanEditor editor = PlanEditor.standard();
    Instant kickoff = Deals.CREATED;
    PlanHistory history = PlanHistory.of(plan);
    history = editor.apply(history, PlanChange.share(), plan.sellerOwner(), kickoff);
    history = editor.apply(history, PlanChange.signOff(), plan.sellerOwner(), kickoff.plusSeconds(3_600));
    history = editor.apply(history, PlanChange.signOff(), plan.buyerCoOwner().orElseThrow(),
        kickoff.plusSeconds(7_200));

    List<ScheduledCommitment> begun = SCHEDULER.schedule(plan).commitments().stream()
        .filter(s -> s.earlyStart().isBefore(day))
        .sorted(Comparator.comparing(ScheduledCommitment::earlyStart))
        .collect(Collectors.toList());
    Optional<CommitmentId> neglected = begun.stream().map(ScheduledCommitment::id)
        .filter(id -> buyerLate && plan.commitment(id).orElseThrow().owingSide() == Side.BUYER).findFirst();
    Set<CommitmentId> waiting = new HashSet<>();
    neglected.ifPresent(waiting::add);
    List<Step> steps = new ArrayList<>();
    for (ScheduledCommitment s : begun) {
      Commitment c = plan.commitment(s.id()).orElseThrow();
      if (neglected.equals(Optional.of(c.id()))) {
        steps.add(new Step(s.earlyStart(), PlanChange.startCommitment(c.id()), c)); // started, never finished
      } else if (c.dependsOn().stream().anyMatch(waiting::contains)) {
        waiting.add(c.id());
      } else if (s.earlyFinish().isBefore(day)) {
        steps.add(new Step(s.earlyFinish(), PlanChange.completeCommitment(c.id(), s.earlyFinish()), c));
      } else {
        steps.add(new Step(s.earlyStart(), PlanChange.startCommitment(c.id()), c));
      }
    }
    steps.sort(Comparator.comparing(Step::on));
    for (Step step : steps) {
      Instant evening = step.on().atTime(17, 0).atZone(plan.zone()).toInstant();
      history = editor.apply(history, step.change(), step.commitment().accountable().orElseThrow(), evening);
    }
    return history;
  }

  /** A change to a commitment, made by its accountable person on a day. */
  private record Step(LocalDate on, PlanChange change, Commitment commitment) {}
}
