package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mutualplan.DocumentDates.Shown;
import io.github.mutualplan.DocumentDates.Span;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.portfolio.PlanResult;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskContext;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskPolicy;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.risk.RiskRule;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.ScheduledCommitment;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.CalendarSamplers.World;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariant 12, one truth about a plan's dates: for a plan and an as-of day, the scheduler, the context the risk
 * rules see, the risk report, the forecast (with degenerate estimates), every document and the portfolio give
 * the same dates, on the calendars the plan names, resolved by the same registry.
 *
 * <p>Over {@link CalendarSamplers#worlds worlds} of one to three plans, each side of each naming a generated
 * calendar (its own weekend and holidays near the plan's dates) or a built-in one, as of a day before, inside or
 * after the first plan, with progress by then; for the risk, each plan is the current version of a history of
 * random edits, some of which set a side's calendar.
 */
class OneTruthPropertiesTest {
  /** Each property runs in 2 to 5 s on two cores: worlds of up to three plans of up to 40 commitments. */
  private static final int EXAMPLES = 100;
  /** Five formats, for one or two audiences, parsed back: fewer examples. */
  private static final int DOCUMENT_EXAMPLES = 60;
  private static final int TRIALS = 100;

  /** A rule that finds nothing and keeps the context each plan was assessed in. */
  static final class ContextCapture implements RiskRule {
    final Map<PlanId, RiskContext> contexts = new ConcurrentHashMap<>();

    @Override
    public RiskRuleId id() {
      return RiskRuleId.of("capture-context");
    }

    @Override
    public List<RiskFinding> assess(RiskContext context) {
      contexts.put(context.plan().id(), context);
      return List.of();
    }
  }

  /** Every built-in rule and the capture, on these calendars. */
  static RiskAssessor assessor(ScheduleOptions options, ContextCapture capture) {
    List<RiskRule> rules = new ArrayList<>(RiskAssessor.builtInRules());
    rules.add(capture);
    return RiskAssessor.of(rules, RiskPolicy.defaults(), options);
  }

  static Forecaster forecaster(ScheduleOptions options) {
    return Forecaster.of(ForecastOptions.defaults().withScheduleOptions(options).withTrials(TRIALS).withSeed(2027));
  }

  @Test
  void theSchedulerTheRiskRulesTheRiskReportAndThePortfolioGiveTheSameDates() {
    qt().withExamples(EXAMPLES).forAll(Gens.of(CalendarSamplers.worldsWithHistories(3, 40, 8))).checkAssert(world -> {
      ScheduleOptions options = world.options();
      LocalDate asOf = world.asOf();
      Scheduler scheduler = Scheduler.of(options);
      Forecaster forecaster = forecaster(options);
      ContextCapture inPortfolio = new ContextCapture();
      PortfolioReport portfolio = PortfolioAnalyzer.of(assessor(options, inPortfolio)).withForecaster(forecaster)
          .withParallelism(2).analyze(world.plans(), asOf);
      assertThat(portfolio.asOf()).isEqualTo(asOf);
      assertThat(portfolio.results()).hasSameSizeAs(world.plans());

      for (int i = 0; i < world.plans().size(); i++) {
        MutualActionPlan plan = world.plans().get(i);
        Schedule schedule = scheduler.schedule(plan, asOf);
        String what = plan.id() + " as of " + asOf;

        // The scheduler uses the calendars the plan names, as the registry resolves them.
        assertThat(schedule.asOf()).contains(asOf);
        for (Side side : Side.values()) {
          assertThat(schedule.calendar(side)).as("%s: %s calendar", what, side).isEqualTo(world.calendar(plan, side));
        }
        assertSameDates(Scheduler.of(ScheduleOptions.of(world.calendar(plan, Side.BUYER),
            world.calendar(plan, Side.SELLER))).schedule(plan, asOf), schedule, plan, what + ", calendars given");
        assertThat(scheduler.schedule(plan, asOf)).as("scheduling again").isEqualTo(schedule);

        // The risk rules see that schedule, for a plan and for its history; the report has its close.
        ContextCapture capture = new ContextCapture();
        RiskAssessor assessor = assessor(options, capture);
        RiskReport report = assessor.assess(plan, asOf);
        RiskContext context = capture.contexts.remove(plan.id());
        RiskReport fromHistory = assessor.assess(world.histories().get(i), asOf);
        RiskContext historyContext = capture.contexts.remove(plan.id());
        PlanResult result = portfolio.results().get(i);
        assertThat(result.plan()).isEqualTo(plan.id());
        assertThat(List.of(report.asOf(), fromHistory.asOf(), result.risk().asOf())).containsOnly(asOf);
        if (plan.status().isClosed()) { // a closed plan is not assessed: no rule runs, no close, no forecast
          assertThat(List.of(report, fromHistory, result.risk()))
              .allSatisfy(r -> assertThat(r.projectedClose()).isEmpty());
          assertThat(context).isNull();
          assertThat(result.forecast()).isEmpty();
          continue;
        }
        for (RiskContext seen : List.of(context, historyContext, inPortfolio.contexts.get(plan.id()))) {
          assertThat(seen.asOf()).isEqualTo(asOf);
          assertThat(seen.schedule()).as("%s: the risk rules' schedule", what).isEqualTo(schedule);
          assertSameDates(seen.schedule(), schedule, plan, what + ", the risk rules' schedule");
        }
        assertThat(List.of(report.projectedClose(), fromHistory.projectedClose(), result.risk().projectedClose()))
            .as("%s: the risk reports' projected close", what).containsOnly(Optional.of(schedule.projectedClose()));
        assertThat(result.risk()).isEqualTo(report);

        // The portfolio's forecast is the forecast as of the portfolio's day.
        assertThat(result.forecast()).as("%s: the portfolio's forecast", what)
            .contains(forecaster.forecast(plan, asOf));
      }
    });
  }

  @Test
  void everyDocumentShowsTheSchedulesDatesAndProjectedClose() {
    qt().withExamples(DOCUMENT_EXAMPLES).forAll(Gens.of(CalendarSamplers.worlds(2, 40))).checkAssert(world -> {
      Scheduler scheduler = Scheduler.of(world.options());
      for (MutualActionPlan plan : world.plans()) {
        Schedule schedule = scheduler.schedule(plan, world.asOf());
        List<Audience> audiences = plan.kind() == PlanKind.MUTUAL_ACTION_PLAN
            ? List.of(Audience.INTERNAL, Audience.BUYER) : List.of(Audience.INTERNAL);
        for (Audience audience : audiences) {
          MutualActionPlan view = audience == Audience.BUYER ? plan.buyerView() : plan;
          RenderOptions options = RenderOptions.builder().scheduleOptions(world.options()).audience(audience).build();
          for (DocumentFormat format : DocumentFormat.values()) {
            String text = format.renderer(options).render(plan, world.asOf());
            assertShowsTheSchedule(format, DocumentDates.read(format, text, view), view, schedule,
                plan.id() + " as of " + world.asOf() + ", " + format + " for " + audience);
          }
        }
      }
    });
  }

  @Test
  void aForecastWithDegenerateEstimatesClosesOnTheProjectedCloseInEveryTrial() {
    qt().withExamples(EXAMPLES).forAll(Gens.of(CalendarSamplers.degenerateWorlds(3, 40))).checkAssert(world -> {
      Scheduler scheduler = Scheduler.of(world.options());
      Forecaster forecaster = forecaster(world.options());
      PortfolioReport portfolio = PortfolioAnalyzer.of(assessor(world.options(), new ContextCapture()))
          .withForecaster(forecaster).withParallelism(2).analyze(world.plans(), world.asOf());
      for (int i = 0; i < world.plans().size(); i++) {
        MutualActionPlan plan = world.plans().get(i);
        Schedule schedule = scheduler.schedule(plan, world.asOf());
        LocalDate close = schedule.projectedClose();
        String what = plan.id() + " as of " + world.asOf();

        CloseForecast forecast = forecaster.forecast(plan, world.asOf());
        assertThat(forecast.closeDays()).as("%s: the forecast's close days", what)
            .containsExactly(entry(close, TRIALS));
        assertThat(List.of(forecast.p50(), forecast.p80(), forecast.p95())).containsOnly(close);
        assertThat(forecast.probabilityByTarget()).isEqualTo(schedule.targetReachable() ? 1.0 : 0.0);
        assertThat(forecast.expectedSlipDays()).as("%s: slip past the target", what)
            .isEqualTo(Math.max(0, -schedule.closeSlack()));
        assertThat(forecast.criticality().keySet()).as("%s: what the forecast looked at", what)
            .isEqualTo(schedule.commitments().stream().map(ScheduledCommitment::id).collect(Collectors.toSet()));
        assertThat(forecast.targetClose()).isEqualTo(plan.targetClose());
        // As planned too, where the forecaster may count in working days rather than dates.
        assertThat(forecaster.forecast(plan).closeDays()).as("%s: the forecast as planned", plan.id())
            .containsExactly(entry(scheduler.schedule(plan).projectedClose(), TRIALS));

        PlanResult result = portfolio.results().get(i);
        if (!plan.status().isClosed()) {
          assertThat(result.forecast()).contains(forecast);
          assertThat(result.risk().projectedClose()).contains(close);
        }
      }
    });
  }

  @Test
  void aPlanThatNamesNoCalendarIsScheduledOnWeekdaysByEveryService() {
    ScheduleOptions weekdays = ScheduleOptions.of(WorkCalendar.weekdays(), WorkCalendar.weekdays());
    List<ScheduleOptions> byName = List.of(ScheduleOptions.defaults(),
        ScheduleOptions.defaults().withRegistry(CalendarRegistry.of(List.of())));
    qt().withExamples(EXAMPLES).forAll(Gens.plans(40), integers().between(-60, 400))
        .checkAssert((plan, day) -> {
      assertThat(List.of(plan.buyerCalendar(), plan.sellerCalendar())).containsOnly(CalendarId.WEEKDAYS);
      LocalDate asOf = plan.start().plusDays(day);
      Schedule expected = Scheduler.of(weekdays).schedule(plan, asOf);
      RiskReport risk = assessor(weekdays, new ContextCapture()).assess(plan, asOf);
      CloseForecast forecast = forecaster(weekdays).forecast(plan, asOf);
      RenderOptions internal = RenderOptions.builder().audience(Audience.INTERNAL).scheduleOptions(weekdays).build();
      PortfolioReport portfolio = PortfolioAnalyzer.of(assessor(weekdays, new ContextCapture()))
          .withForecaster(forecaster(weekdays)).withParallelism(1).analyze(List.of(plan), asOf);
      Map<DocumentFormat, String> documents = new LinkedHashMap<>();
      for (DocumentFormat format : DocumentFormat.values()) {
        documents.put(format, format.renderer(internal).render(plan, asOf));
      }
      for (ScheduleOptions options : byName) {
        assertSameDates(Scheduler.of(options).schedule(plan, asOf), expected, plan, "as of " + asOf);
        assertSameDates(Scheduler.of(options).schedule(plan), Scheduler.of(weekdays).schedule(plan), plan,
            "as planned");
        assertThat(assessor(options, new ContextCapture()).assess(plan, asOf)).isEqualTo(risk);
        assertThat(forecaster(options).forecast(plan, asOf)).isEqualTo(forecast);
        assertThat(PortfolioAnalyzer.of(assessor(options, new ContextCapture())).withForecaster(forecaster(options))
            .withParallelism(1).analyze(List.of(plan), asOf)).isEqualTo(portfolio);
        for (DocumentFormat format : DocumentFormat.values()) {
          assertThat(format.renderer(internal.withScheduleOptions(options)).render(plan, asOf)).as("%s", format)
              .isEqualTo(documents.get(format));
        }
      }
    });
  }

  /** The same dates, field by field: close, slack, every commitment's dates and slack, the critical path, conflicts. */
  static void assertSameDates(Schedule actual, Schedule expected, MutualActionPlan plan, String what) {
    assertThat(actual.projectedClose()).as("%s: projected close", what).isEqualTo(expected.projectedClose());
    assertThat(actual.closeSlack()).as("%s: close slack", what).isEqualTo(expected.closeSlack());
    assertThat(actual.targetReachable()).as("%s: target reachable", what).isEqualTo(expected.targetReachable());
    assertThat(actual.asOf()).as("%s: as of", what).isEqualTo(expected.asOf());
    assertThat(actual.commitments()).as("%s: commitments' dates and slack", what)
        .containsExactlyElementsOf(expected.commitments());
    assertThat(actual.criticalPath()).as("%s: critical path", what).isEqualTo(expected.criticalPath());
    assertThat(actual.conflicts()).as("%s: conflicts", what).isEqualTo(expected.conflicts());
    for (Milestone m : plan.milestones()) {
      assertThat(actual.milestoneDate(m.id())).as("%s: %s", what, m.id()).isEqualTo(expected.milestoneDate(m.id()));
    }
    for (Side side : Side.values()) {
      assertThat(actual.calendar(side)).as("%s: %s calendar", what, side).isEqualTo(expected.calendar(side));
    }
  }

  /**
   * A document shows what the schedule says: each commitment it lists with its scheduled start and finish (none
   * when cancelled), the critical ones marked, each milestone at its projected date (the closing one at the
   * projected close), the projected close and the as-of day where the format says them.
   */
  static void assertShowsTheSchedule(DocumentFormat format, Shown shown, MutualActionPlan view, Schedule schedule,
      String what) {
    LocalDate close = schedule.projectedClose();
    Map<CommitmentId, Optional<Span>> dates = new LinkedHashMap<>();
    Map<CommitmentId, LocalDate> eventDays = new LinkedHashMap<>();
    for (Commitment c : view.commitments()) {
      Optional<ScheduledCommitment> scheduled = schedule.commitment(c.id());
      Optional<Span> span = scheduled.map(sc -> new Span(sc.earlyStart(), sc.earlyFinish()));
      boolean listed = format == DocumentFormat.ICALENDAR ? c.due().isPresent() || span.isPresent()
          : format != DocumentFormat.MERMAID || span.isPresent();
      if (listed) {
        dates.put(c.id(), span);
      }
      if (format == DocumentFormat.ICALENDAR && listed) {
        eventDays.put(c.id(), c.due().orElseGet(() -> span.get().finish()));
      }
    }
    assertThat(shown.commitments()).as("%s: each commitment's start and finish", what).isEqualTo(dates);
    assertThat(shown.eventDays()).as("%s: each commitment's event day", what).isEqualTo(eventDays);
    if (shown.critical() != null) {
      Set<CommitmentId> critical = view.commitments().stream()
          .filter(c -> schedule.commitment(c.id()).map(ScheduledCommitment::critical).orElse(false))
          .map(Commitment::id).collect(Collectors.toSet());
      assertThat(shown.critical()).as("%s: the critical commitments", what).isEqualTo(critical);
      assertThat(schedule.criticalPath()).containsAll(critical);
    }
    Map<MilestoneId, LocalDate> milestones = new LinkedHashMap<>();
    for (Milestone m : view.milestones()) {
      milestones.put(m.id(), m.closing() ? close : schedule.milestoneDate(m.id()).orElse(m.targetDate()));
    }
    assertThat(shown.milestones()).as("%s: each milestone's projected date", what).isEqualTo(milestones);
    boolean outline = format == DocumentFormat.MARKDOWN || format == DocumentFormat.HTML;
    boolean closing = view.milestones().stream().anyMatch(Milestone::closing);
    assertThat(shown.projectedClose()).as("%s: the projected close", what)
        .isEqualTo(outline || closing ? Optional.of(close) : Optional.empty());
    assertThat(shown.asOf()).as("%s: the as-of day", what).isEqualTo(outline ? schedule.asOf() : Optional.empty());
  }
}
