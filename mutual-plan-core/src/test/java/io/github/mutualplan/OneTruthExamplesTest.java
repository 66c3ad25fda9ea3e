package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskPolicy;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * One truth about a plan's dates, by example: a plan names its calendars, a registry says what the names mean,
 * and every service answers for the same day with the same close; a name nobody knows is refused by every
 * service, with the name.
 */
class OneTruthExamplesTest {
  static final CalendarId CHANGE_FREEZE = CalendarId.of("northwind.change-freeze-2027");
  static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

  /** The healthcare plan, shared and signed by both owners (version 5, AGREED), and its history. */
  static final PlanHistory HISTORY = SamplePlans.agreedHistory(PlanEditor.standard(),
      Instant.parse("2027-01-08T15:00:00Z"));

  /** The buyer's hospital freezes every change for the first two weeks of March 2027: no reviews, no signatures. */
  static WorkCalendar changeFreeze() {
    List<LocalDate> freeze = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2027, 3, 1); day.isBefore(LocalDate.of(2027, 3, 13)); day = day.plusDays(1)) {
      freeze.add(day);
    }
    return WorkCalendar.weekdays().withHolidays(freeze);
  }

  @Test
  void aPlanNamingItsBuyersCompanyCalendarClosesOnTheSameDayInEveryServiceAndDocument() {
    // The plan carries the name; the registry, made once by the service, says what it means.
    PlanHistory history = PlanEditor.standard().apply(HISTORY, PlanChange.setCalendar(Side.BUYER, CHANGE_FREEZE),
        SamplePlans.MARIA_OPS, Instant.parse("2027-01-20T10:00:00Z")); // the buyer's side names its calendar
    MutualActionPlan plan = history.current();
    CalendarRegistry calendars = CalendarRegistry.standard().with(CHANGE_FREEZE, changeFreeze());
    ScheduleOptions options = ScheduleOptions.defaults().withRegistry(calendars);

    Schedule schedule = Scheduler.of(options).schedule(plan, TODAY);
    LocalDate close = schedule.projectedClose();
    LocalDate withoutFreeze = Scheduler.of(ScheduleOptions.defaults())
        .schedule(plan.withBuyerCalendar(CalendarId.WEEKDAYS), TODAY).projectedClose();

    assertThat(plan.buyerCalendar()).isEqualTo(CHANGE_FREEZE);
    assertThat(schedule.calendar(Side.BUYER)).isEqualTo(changeFreeze());
    // As of 1 February nothing is done: discovery from that day, the questionnaire, the buyer's 15-day risk
    // assessment from 22 February, then the contract: 19 March on weekdays. The freeze stops the assessment for
    // two weeks after its first five days, and the contract follows: 2 April.
    assertThat(withoutFreeze).isEqualTo(LocalDate.of(2027, 3, 19));
    assertThat(close).isEqualTo(LocalDate.of(2027, 4, 2));

    RiskAssessor assessor = RiskAssessor.of(RiskAssessor.builtInRules(), RiskPolicy.defaults(), options);
    RiskReport risk = assessor.assess(history, TODAY);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults().withScheduleOptions(options)) // no estimates:
        .forecast(plan, TODAY);                                                                     // every trial alike
    PortfolioReport portfolio = PortfolioAnalyzer.of(assessor).analyze(List.of(plan), TODAY);
    RenderOptions forTheBuyer = RenderOptions.builder().scheduleOptions(options).build();

    assertThat(risk.projectedClose()).contains(close);
    assertThat(forecast.p50()).isEqualTo(close);
    assertThat(forecast.probabilityBy(close.minusDays(1))).isZero();
    assertThat(portfolio.results().get(0).risk().projectedClose()).contains(close);
    assertThat(DocumentFormat.MARKDOWN.renderer(forTheBuyer).render(plan, TODAY))
        .contains("- **Projected close:** 2027-04-02\n", "- **As of:** 2027-02-01\n");
    assertThat(DocumentFormat.HTML.renderer(forTheBuyer).render(plan, TODAY))
        .contains("<dt>Projected close</dt><dd>Apr 2, 2027</dd>", "data-projected=\"2027-04-02\"");
    assertThat(DocumentFormat.CSV.renderer(forTheBuyer).render(plan, TODAY))
        .contains("Milestone,contract-signed,Contract signed,,,,2027-04-02,2027-06-30,,,closing,Shared\r\n");
    assertThat(DocumentFormat.ICALENDAR.renderer(forTheBuyer).render(plan, TODAY)).contains("Projected: 2027-04-02");
    assertThat(DocumentFormat.MERMAID.renderer(forTheBuyer).render(plan, TODAY))
        .contains(":milestone, m-contract-signed, 2027-04-02, 0d\n");
  }

  @Test
  void aCalendarNoRegistryKnowsFailsEveryServiceWithItsName() {
    CalendarId unknown = CalendarId.of("acme.shutdown-2027");
    PlanHistory history = PlanEditor.standard().apply(HISTORY, PlanChange.setCalendar(Side.SELLER, unknown),
        SamplePlans.ALEX_AE, Instant.parse("2027-01-20T10:00:00Z")); // a plan may carry any name
    MutualActionPlan plan = history.current();
    ScheduleOptions options = ScheduleOptions.defaults(); // which knows weekdays and every-day only
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(10));
    RiskAssessor assessor = RiskAssessor.of(RiskAssessor.builtInRules(), RiskPolicy.defaults(), options);

    Map<String, ThrowingCallable> services = new LinkedHashMap<>();
    services.put("Scheduler, as planned", () -> Scheduler.of(options).schedule(plan));
    services.put("Scheduler, as of a day", () -> Scheduler.of(options).schedule(plan, TODAY));
    services.put("Scheduler, a slip's impact", () -> Scheduler.of(options).impact(HISTORY.current(), plan));
    services.put("RiskAssessor, a plan", () -> assessor.assess(plan, TODAY));
    services.put("RiskAssessor, a history", () -> assessor.assess(history, TODAY));
    services.put("RiskAssessor.standard()", () -> RiskAssessor.standard().assess(plan, TODAY));
    services.put("Forecaster, as planned", () -> forecaster.forecast(plan));
    services.put("Forecaster, as of a day", () -> forecaster.forecast(plan, TODAY));
    services.put("PortfolioAnalyzer", () -> PortfolioAnalyzer.of(assessor).analyze(List.of(plan), TODAY));
    services.put("PortfolioAnalyzer with a forecaster",
        () -> PortfolioAnalyzer.of(assessor).withForecaster(forecaster).analyze(List.of(plan), TODAY));
    for (DocumentFormat format : DocumentFormat.values()) {
      services.put(format + ", as planned", () -> format.renderer(RenderOptions.defaults()).render(plan));
      services.put(format + ", as of a day", () -> format.renderer(RenderOptions.defaults()).render(plan, TODAY));
    }

    services.forEach((service, call) -> {
      UnknownCalendarException e = catchThrowableOfType(UnknownCalendarException.class, call);
      assertThat(e).as(service).isNotNull();
      assertThat(e.calendar()).as(service).isEqualTo(unknown);
      assertThat(e).as(service).hasMessage("sellerCalendar: no calendar is named 'acme.shutdown-2027'; known are"
          + " weekdays, every-day (no CalendarProvider is installed; module mutual-plan-holidays provides"
          + " public-holiday regions such as DE-BY)");
    });

    // Once a registry knows the name, every one of them answers.
    CalendarRegistry known = CalendarRegistry.standard().with(unknown, WorkCalendar.weekdays());
    assertThat(Scheduler.of(options.withRegistry(known)).schedule(plan, TODAY).projectedClose())
        .isEqualTo(Scheduler.of(options).schedule(HISTORY.current(), TODAY).projectedClose());
  }
}
