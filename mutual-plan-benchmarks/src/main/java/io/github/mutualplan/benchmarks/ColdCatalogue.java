package io.github.mutualplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
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
import io.github.mutualplan.template.CustomizationRule;
import io.github.mutualplan.template.Instantiation;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.RuleDefinition;
import io.github.mutualplan.template.TemplateInstantiator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold start of the built-in catalogue: a program whose whole run is one thing, timed from outside as a
 * process, in a fresh JVM each time. Not a JMH benchmark: JMH measures a warm JVM, and this is the first call.
 *
 * <ul>
 *   <li>{@code catalogue}: the first {@link Catalogue#builtIn()}, and every template and rule of it read (so
 *       that nothing read later, on first use, is left out of the time).
 *   <li>{@code jackson}: the peer, plain Jackson: {@code YAMLMapper.readTree} on each file of the built-in
 *       catalogue (its {@code index.yaml}, and each template and rule file the index names), into trees.
 *   <li>{@code plan}: a whole first plan, as the README's tour makes it: a hospital's plan from the built-in
 *       catalogue, shared and signed, scheduled, assessed and forecast, and the buyer's version rendered as HTML.
 *       Its calendars are the default ones (Monday to Friday), so that no holiday data is read.
 * </ul>
 *
 * <p>Each prints what it read and the milliseconds from the start of {@code main}; the figure to quote is the
 * whole process's, the two run in turn several times, and their ratio pair by pair. With GNU time:
 *
 * <pre>{@code
 * mvn -B -ntp package -DskipTests -Djacoco.skip=true -pl mutual-plan-benchmarks -am
 * for i in $(seq 11); do
 *   /usr/bin/time -f '%e s %U user catalogue' java -cp mutual-plan-benchmarks/target/benchmarks.jar \
 *       io.github.mutualplan.benchmarks.ColdCatalogue catalogue
 *   /usr/bin/time -f '%e s %U user jackson' java -cp mutual-plan-benchmarks/target/benchmarks.jar \
 *       io.github.mutualplan.benchmarks.ColdCatalogue jackson
 * done
 * }</pre>
 *
 * <p>{@code plan} is timed the same way; to compare two builds of the library, keep each build's
 * {@code benchmarks.jar} aside and run the two jars in turn.
 *
 * <p>The README's flagship example is a whole plan too, with public holidays in its calendars (from Jollyday) and a
 * PDF besides; timed the same way:
 *
 * <pre>{@code
 * mvn -B -ntp package -DskipTests -Djacoco.skip=true -pl mutual-plan-examples -am
 * /usr/bin/time -f '%e s flagship' java -jar mutual-plan-examples/target/mutual-plan-examples.jar flagship
 * }</pre>
 */
public final class ColdCatalogue {
  /** Where the built-in catalogue's files are, as resources of the templates module. */
  static final String DIRECTORY = "io/github/mutualplan/template/catalogue/";

  private ColdCatalogue() {}

  /** The argument is {@code catalogue}, {@code jackson} or {@code plan}. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String what = args.length == 1 ? args[0] : "";
    String read;
    switch (what) {
      case "catalogue":
        read = catalogue();
        break;
      case "jackson":
        read = jackson();
        break;
      case "plan":
        read = plan();
        break;
      default:
        throw new IllegalArgumentException("give one argument: catalogue, jackson or plan");
    }
    // No printf: formatting a decimal loads the locale data, which neither side needs otherwise.
    System.out.println(what + ": " + read + " in " + (System.nanoTime() - start) / 100_000 / 10.0 + " ms");
  }

  /** The built-in catalogue, every template and rule of it looked into. */
  static String catalogue() {
    Catalogue catalogue = Catalogue.builtIn();
    int steps = 0;
    for (PlanTemplate template : catalogue.templates()) {
      steps += template.steps().size();
    }
    int operations = 0;
    for (CustomizationRule rule : catalogue.rules()) {
      operations += rule instanceof RuleDefinition ? ((RuleDefinition) rule).operations().size() : 0;
    }
    return catalogue.templates().size() + " templates with " + steps + " steps, " + catalogue.rules().size()
        + " rules with " + operations + " operations";
  }

  /** The same files as trees, with plain Jackson. */
  static String jackson() throws IOException {
    YAMLMapper mapper = new YAMLMapper();
    JsonNode index = tree(mapper, "index.yaml");
    List<String> files = new ArrayList<>();
    index.get("templates").forEach(file -> files.add(file.asText()));
    index.get("rules").forEach(file -> files.add(file.asText()));
    int nodes = 0;
    for (String file : files) {
      nodes += count(tree(mapper, file));
    }
    return (files.size() + 1) + " files with " + nodes + " nodes";
  }

  /** A hospital's plan from the catalogue, to the buyer's HTML document, as the README's tour makes it. */
  static String plan() {
    Stakeholder alex = Stakeholder.builder().id(StakeholderId.of("alex")).side(Side.SELLER).name("Alex Kim")
        .addRoles(Role.ACCOUNT_EXECUTIVE).build();
    Stakeholder maria = Stakeholder.builder().id(StakeholderId.of("maria")).side(Side.BUYER).name("Maria Lopez")
        .addRoles(Role.CHAMPION).build();
    Stakeholder dana = Stakeholder.builder().id(StakeholderId.of("dana")).side(Side.BUYER).name("Dana Reyes")
        .addRoles(Role.ECONOMIC_BUYER).build();
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
        .createdAt(Instant.parse("2027-01-08T15:00:00Z")).build());
    PlanEditor editor = PlanEditor.standard();
    PlanHistory history = PlanHistory.of(made.plan());
    history = editor.apply(history, PlanChange.share(), alex.id(), Instant.parse("2027-01-08T16:00:00Z"));
    history = editor.apply(history, PlanChange.signOff(), alex.id(), Instant.parse("2027-01-08T16:05:00Z"));
    history = editor.apply(history, PlanChange.signOff(), maria.id(), Instant.parse("2027-01-11T09:30:00Z"));
    MutualActionPlan plan = history.current();
    LocalDate today = LocalDate.of(2027, 3, 1);
    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(plan, today);
    RiskReport risk = RiskAssessor.standard().assess(history, today);
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults()).forecast(plan, today);
    String html = DocumentFormat.HTML.renderer(RenderOptions.defaults()).render(plan, today);
    return plan.commitments().size() + " commitments closing " + schedule.projectedClose() + ", "
        + risk.findings().size() + " findings, " + forecast.trials() + " trials, " + html.length()
        + " characters of HTML";
  }

  static JsonNode tree(YAMLMapper mapper, String file) throws IOException {
    try (InputStream in = ColdCatalogue.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + DIRECTORY + file);
      }
      return mapper.readTree(in);
    }
  }

  private static int count(JsonNode node) {
    int nodes = 1;
    for (JsonNode child : node) {
      nodes += count(child);
    }
    return nodes;
  }
}
