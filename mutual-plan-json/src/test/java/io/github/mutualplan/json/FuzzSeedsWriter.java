package io.github.mutualplan.json;

import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.codec.HistoryCodecs;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.SamplePlans;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.quicktheories.core.Gen;

/**
 * Writes the seed documents of the fuzz tests of this module into {@code src/test/resources}: valid documents of
 * every kind, from the sample plans and from plans, histories and changes generated with fixed seeds. The seeds
 * are checked in; this only regenerates them, when the format changes:
 *
 * <pre>
 * mvn -B -ntp -pl mutual-plan-json -am test -Dtest=FuzzSeedsWriter -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.writeSeeds=true
 * </pre>
 */
class FuzzSeedsWriter {
  private static final PlanJson JSON = PlanJson.standard();
  private static final Path RESOURCES = Path.of("src", "test", "resources", "io", "github", "mutualplan", "json");
  private static final Instant START = Instant.parse("2027-01-11T15:00:00Z");
  /** Seeds stay well under the fuzz tests' max_len (see the POM), so that libFuzzer never cuts one short. */
  private static final int MAX_SEED_CHARS = 24_000;

  @Test
  @EnabledIfSystemProperty(named = "fuzz.writeSeeds", matches = "true")
  void writeSeeds() throws IOException {
    MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();
    MutualActionPlan rich = UntrustedDocumentsTest.richPlan();
    List<MutualActionPlan> generated = small(generate(Gens.plans(12), 3, 11));

    Map<String, String> plans = new TreeMap<>();
    plans.put("healthcare-closing-plan.json", JSON.write(closing).text());
    plans.put("healthcare-shared-plan.json", JSON.write(rich).text());
    for (int i = 0; i < generated.size(); i++) {
      plans.put("generated-plan-" + i + ".json", JSON.write(generated.get(i)).text());
    }
    write("PlanDocumentFuzzTestInputs/readPlan", plans);

    List<PlanHistory> histories = new ArrayList<>();
    histories.add(edited(rich, 17, 10));
    histories.add(edited(closing, 23, 10));
    histories.addAll(generate(in -> {
      PlanHistory history = PlanHistory.of(Gens.plans(8).generate(in));
      return edit(history, Gens.draw(in), 8);
    }, 2, 29));
    Map<String, String> historyDocs = new TreeMap<>();
    for (int i = 0; i < histories.size(); i++) {
      String text = JSON.write(histories.get(i)).text();
      if (text.length() <= MAX_SEED_CHARS) {
        historyDocs.put("history-" + i + ".json", text);
      }
    }
    write("HistoryDocumentFuzzTestInputs/readHistory", historyDocs);

    // One event of each type, and a change-applied event of each kind of change, against the small plans.
    Map<String, String> events = new TreeMap<>();
    for (PlanHistory history : histories) {
      for (PlanEvent event : history.events()) {
        String name = event instanceof PlanEvent.ChangeApplied applied
            ? HistoryCodecs.CHANGE.nameOf(applied.change().getClass())
            : HistoryCodecs.EVENT.nameOf(event.getClass());
        events.putIfAbsent("event-" + name + ".json", JSON.write(event).text());
      }
    }
    for (PlanChange change : generate(in -> ChangeSamplers.change(Gens.draw(in), closingOrShared(in, rich, closing)),
        400, 31)) {
      PlanEvent event = PlanEvent.changeApplied(2, START, SamplePlans.ALEX_AE, change, true);
      events.putIfAbsent("event-" + HistoryCodecs.CHANGE.nameOf(change.getClass()) + ".json", JSON.write(event).text());
    }
    // The sampler measures only won plans, which the two above are not.
    PlanChange measured = PlanChange.recordMeasurement(rich.successMetrics().get(0).id(), LocalDate.of(2027, 9, 1),
        new BigDecimal("42.5"));
    events.putIfAbsent("event-" + HistoryCodecs.CHANGE.nameOf(measured.getClass()) + ".json",
        JSON.write(PlanEvent.changeApplied(2, START, SamplePlans.ALEX_AE, measured, true)).text());
    write("EventDocumentFuzzTestInputs/readEvent", events);

    Map<String, String> reports = new TreeMap<>();
    reports.put("risk-closing-plan.json", JSON.write(RiskAssessor.standard().assess(closing, SamplePlans.START
        .plusDays(60))).text());
    reports.put("risk-shared-plan.json", JSON.write(RiskAssessor.standard().assess(rich, SamplePlans.START
        .plusDays(90))).text());
    reports.put("risk-history.json", JSON.write(RiskAssessor.standard().assess(histories.get(0),
        histories.get(0).current().start().plusDays(45))).text());
    write("RiskReportDocumentFuzzTestInputs/readRiskReport", reports);

    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200));
    Map<String, String> forecasts = new TreeMap<>();
    forecasts.put("forecast-closing-plan.json", JSON.write(forecaster.forecast(closing)).text());
    forecasts.put("forecast-shared-plan.json", JSON.write(forecaster.forecast(rich)).text());
    if (!generated.isEmpty()) {
      forecasts.put("forecast-generated-plan.json", JSON.write(forecaster.forecast(generated.get(0))).text());
    }
    write("ForecastDocumentFuzzTestInputs/readForecast", forecasts);
  }

  private static MutualActionPlan closingOrShared(
      org.quicktheories.core.RandomnessSource in, MutualActionPlan rich, MutualActionPlan closing) {
    return Gens.draw(in).chance(50) ? rich : closing;
  }

  /** A history of a plan with up to this many changes applied, drawn with this seed. */
  private static PlanHistory edited(MutualActionPlan plan, long seed, int changes) {
    return generate(in -> edit(PlanHistory.of(plan), Gens.draw(in), changes), 1, seed).get(0);
  }

  private static PlanHistory edit(PlanHistory start, Draw d, int changes) {
    PlanHistory history = start;
    Instant at = START;
    for (int n = 0; n < changes; n++) {
      PlanChange change = ChangeSamplers.change(d, history.current());
      StakeholderId actor = ChangeSamplers.actor(d, history.current(), change);
      at = at.plusSeconds(d.between(60, 86_400));
      try {
        history = PlanEditor.standard().apply(history, change, actor, at);
      } catch (ChangeRejectedException refused) {
        // Only the changes that apply make the history.
      }
    }
    return history;
  }

  private static List<MutualActionPlan> small(List<MutualActionPlan> plans) {
    return plans.stream().filter(p -> JSON.write(p).text().length() <= MAX_SEED_CHARS).toList();
  }

  private static <T> List<T> generate(Gen<T> gen, int count, long seed) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static void write(String directory, Map<String, String> documents) throws IOException {
    Path dir = RESOURCES.resolve(directory);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> doc : documents.entrySet()) {
      Files.writeString(dir.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
    }
  }
}
