package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.holidays.PublicHolidays;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.Instantiation;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.TemplateInstantiator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's ten-minute tour, kept compiling and true: the code between the markers is in README.md. */
class TourTest {
  @Test
  void theTour() {
    // tour:start
    Stakeholder alex = Stakeholder.builder().id(StakeholderId.of("alex")).side(Side.SELLER).name("Alex Kim")
        .addRoles(Role.ACCOUNT_EXECUTIVE).build();
    Stakeholder maria = Stakeholder.builder().id(StakeholderId.of("maria")).side(Side.BUYER).name("Maria Lopez")
        .addRoles(Role.CHAMPION).build();
    Stakeholder dana = Stakeholder.builder().id(StakeholderId.of("dana")).side(Side.BUYER).name("Dana Reyes")
        .addRoles(Role.ECONOMIC_BUYER).build();

    // 1. A plan tailored to the customer, from the built-in catalogue.
    Catalogue catalogue = Catalogue.builtIn();
    CustomerProfile hospital = CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .addComplianceRegimes(ComplianceRegime.HIPAA).dealSize(Money.of("480000", "USD")).buyerCountry("US")
        .build();
    Instantiation made = TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(catalogue.templateFor(hospital)).rules(catalogue.rules()).profile(hospital)
        .planId(PlanId.of("northwind")).deal(Deal.of("Northwind Health", hospital.dealSize()))
        .sellerOrganization("Acme Software").addPeople(alex, maria, dana)
        .sellerOwner(alex.id()).buyerCoOwner(maria.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 1, 11))).zone(ZoneId.of("America/Chicago"))
        .buyerCalendar(CalendarId.of("US")).sellerCalendar(CalendarId.of("US")) // kept in the plan
        .createdAt(Instant.parse("2027-01-08T15:00:00Z")).build());

    // 2. Shared with the buyer and signed by both owners: every change a value, every version kept.
    PlanEditor editor = PlanEditor.standard();
    PlanHistory history = PlanHistory.of(made.plan());
    history = editor.apply(history, PlanChange.share(), alex.id(), Instant.parse("2027-01-08T16:00:00Z"));
    history = editor.apply(history, PlanChange.signOff(), alex.id(), Instant.parse("2027-01-08T16:05:00Z"));
    history = editor.apply(history, PlanChange.signOff(), maria.id(), Instant.parse("2027-01-11T09:30:00Z"));
    MutualActionPlan plan = history.current();                            // AGREED, version 4

    // 3. When will it close, what stands in the way, and how likely is the target? One day, one answer.
    LocalDate today = LocalDate.of(2027, 3, 1);
    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan, today);
    RiskReport risk = RiskAssessor.standard().assess(history, today);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(plan, today);

    // 4. The buyer's version to send, and the whole history to store.
    String markdown = DocumentFormat.MARKDOWN.renderer(RenderOptions.defaults()).render(plan, today);
    String json = PlanJson.standard().write(history).text();
    // tour:end

    assertThat(made.appliedRules()).extracting(r -> r.ruleId()).contains("hipaa");
    assertThat(plan.status()).isEqualTo(PlanStatus.AGREED);
    assertThat(plan.version()).isEqualTo(4);
    assertThat(schedule.projectedClose()).isAfter(today);
    assertThat(schedule.calendar(Side.SELLER)).isEqualTo(PublicHolidays.calendar("US"));
    assertThat(risk.projectedClose()).contains(schedule.projectedClose());
    assertThat(markdown).contains(schedule.projectedClose().toString());
    assertThat(risk.plan()).isEqualTo(plan.id());
    assertThat(forecast.p50()).isBeforeOrEqualTo(forecast.p95());
    assertThat(markdown).startsWith("# Northwind Health");
    assertThat(PlanJson.standard().readHistory(JsonSource.of(json))).isEqualTo(history);
  }

  @Test
  void theReadmeShowsTheTourAsItIsHere() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/mutualplan/examples/TourTest.java"));
    String tour = source.substring(source.indexOf("// tour:start\n") + "// tour:start\n".length(),
        source.indexOf("    // tour:end"));
    String unindented = tour.lines().map(line -> line.length() >= 4 ? line.substring(4) : line)
        .collect(Collectors.joining("\n"));

    assertThat(Files.readString(Path.of("../README.md"))).contains(unindented);
  }
}
