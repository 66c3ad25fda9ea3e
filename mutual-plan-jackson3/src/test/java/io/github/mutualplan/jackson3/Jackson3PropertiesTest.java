package io.github.mutualplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonOutput;
import io.github.mutualplan.json.MutualPlanModule;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.json.codec.HistoryCodecs;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.testing.CalendarSamplers;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.PlanSamplers;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Over generated values: a Jackson 3 mapper with the module writes what Jackson 2's module and {@link PlanJson}
 * write, byte for byte, reads back equal values, and refuses what they refuse, with the same path and problem.
 */
class Jackson3PropertiesTest {
  private static final ObjectMapper JACKSON3 = JsonMapper.builder().addModule(new MutualPlanJackson3Module()).build();
  private static final ObjectMapper JACKSON3_STRICT =
      JACKSON3.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new MutualPlanModule()).build();
  private static final PlanJson JSON = PlanJson.standard();
  /** PlanJson's layout ({@link JsonOutput}): two spaces a level, {@code "key": value}, nothing in empty braces. */
  private static final ObjectWriter AS_PLAN_JSON = JACKSON3.writer().with(new DefaultPrettyPrinter(new Separators()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");

  /** Histories of generated plans: up to 20 changes tried, those the editor accepts kept. */
  private static Gen<PlanHistory> histories() {
    return Gens.of(d -> CalendarSamplers.history(d, PlanSamplers.plans(30).sample(d), 20));
  }

  @Test
  void everyPlanIsWrittenAsJackson2AndPlanJsonWriteItAndReadsBackEqual() {
    qt().withExamples(150).forAll(Gens.plans(40)).checkAssert(plan -> {
      String json = JACKSON3.writeValueAsString(plan);
      assertThat(json).isEqualTo(jackson2(plan, false));
      assertThat(JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(plan)).isEqualTo(jackson2(plan, true));
      assertThat(JSON.write(plan).compactText()).isEqualTo(document("plan", "plan", json));
      assertThat(AS_PLAN_JSON.writeValueAsString(envelope("plan", "plan", plan)) + "\n")
          .isEqualTo(JSON.write(plan).text());
      assertThat(JACKSON3.readValue(json, MutualActionPlan.class)).isEqualTo(plan);
    });
  }

  @Test
  void everyHistoryAndEveryEventIsWrittenAsJackson2WritesItAndReadsBackEqual() {
    qt().withExamples(60).forAll(histories()).checkAssert(history -> {
      String json = JACKSON3.writeValueAsString(history);
      assertThat(json).isEqualTo(jackson2(history, false));
      assertThat(JSON.write(history).compactText()).isEqualTo(document("history", "history", json));
      PlanHistory read = JACKSON3.readValue(json, PlanHistory.class);
      assertThat(read).isEqualTo(history);
      assertThat(read.current()).isEqualTo(history.current());
      for (PlanEvent event : history.events()) {
        String one = JACKSON3.writeValueAsString(event);
        assertThat(one).isEqualTo(jackson2(event, false));
        assertThat(JACKSON3.readValue(one, PlanEvent.class)).isEqualTo(event);
      }
    });
  }

  @Test
  void everyKindOfChangeIsWrittenAsJackson2WritesItAndReadsBackEqual() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Gen<PlanChange> changes = in -> ChangeSamplers.change(Gens.draw(in), Gens.plans(20).generate(in));
    qt().withExamples(600).forAll(changes).checkAssert(change -> {
      PlanEvent event = PlanEvent.changeApplied(2, AT, StakeholderId.of("alex"), change, true);
      String json = JACKSON3.writeValueAsString(event);
      assertThat(json).isEqualTo(jackson2(event, false));
      assertThat(JACKSON3.readValue(json, PlanEvent.class)).isEqualTo(event);
      assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(change), PlanChange.class)).isEqualTo(change);
      seen.add(HistoryCodecs.CHANGE.nameOf(change.getClass()));
    });
    assertThat(seen).containsExactlyInAnyOrderElementsOf(HistoryCodecs.CHANGE.names());
  }

  @Test
  void riskReportsAndForecastsAreWrittenAsJackson2WritesThemAndReadBackEqual() {
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200));
    qt().withExamples(60).forAll(Gens.plans(40)).checkAssert(plan -> {
      RiskReport report = RiskAssessor.standard().assess(plan, plan.start().plusDays(45));
      String risk = JACKSON3.writeValueAsString(report);
      assertThat(risk).isEqualTo(jackson2(report, false));
      assertThat(JSON.write(report).compactText()).isEqualTo(document("risk-report", "riskReport", risk));
      assertThat(JACKSON3.readValue(risk, RiskReport.class)).isEqualTo(report);
      CloseForecast forecast = forecaster.forecast(plan);
      String json = JACKSON3.writeValueAsString(forecast);
      assertThat(json).isEqualTo(jackson2(forecast, false));
      assertThat(AS_PLAN_JSON.writeValueAsString(envelope("forecast", "forecast", forecast)) + "\n")
          .isEqualTo(JSON.write(forecast).text());
      assertThat(JACKSON3.readValue(json, CloseForecast.class)).isEqualTo(forecast);
    });
  }

  @Test
  void identifiersAreKeysOfMapsAsInJackson2() {
    TypeReference<Map<CommitmentId, Commitment>> byId = new TypeReference<>() {};
    qt().withExamples(100).forAll(Gens.plans(30)).checkAssert(plan -> {
      Map<CommitmentId, Commitment> commitments = plan.commitments().stream()
          .collect(Collectors.toMap(Commitment::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
      String json = JACKSON3.writeValueAsString(commitments);
      assertThat(json).isEqualTo(jackson2(commitments, false));
      assertThat(JACKSON3.readValue(json, byId)).containsExactlyEntriesOf(commitments);
    });
  }

  /**
   * A plan's JSON with one value nulled, replaced, removed, or a key added: Jackson 3 reads it as Jackson 2 does,
   * to an equal plan or to the same refusal, the same path and problem, strict or not.
   */
  @Test
  void whatJackson2RefusesJackson3RefusesWithTheSamePathAndProblem() {
    Gen<Edit> edits = in -> {
      Draw d = Gens.draw(in);
      MutualActionPlan plan = Gens.plans(15).generate(in);
      return Edit.of(d, plan, (ObjectNode) JACKSON3.valueToTree(plan));
    };
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(400).forAll(edits).checkAssert(edit -> {
      for (boolean strict : new boolean[] {true, false}) {
        Object jackson2 = outcomeOfJackson2(edit.json, strict);
        Object jackson3 = outcomeOfJackson3(edit.json, strict);
        assertThat(jackson3).as(edit + (strict ? ", strict" : ", lenient")).isEqualTo(jackson2);
        (jackson3 instanceof MutualActionPlan ? read : refused).incrementAndGet();
      }
    });
    assertThat(refused).as("refused, of 800 reads").hasValueGreaterThan(100);
    assertThat(read).as("read, of 800").hasValueGreaterThan(50);
  }

  private static Object outcomeOfJackson2(String json, boolean strict) {
    com.fasterxml.jackson.databind.ObjectReader reader = JACKSON2.readerFor(MutualActionPlan.class);
    try {
      return (strict ? reader
          : reader.without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
          .readValue(json);
    } catch (JsonProblem e) {
      return List.of(e.path(), e.problem());
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Object outcomeOfJackson3(String json, boolean strict) {
    try {
      return (strict ? JACKSON3_STRICT : JACKSON3).readValue(json, MutualActionPlan.class);
    } catch (InvalidPlanJsonException e) {
      return List.of(e.path(), e.problem());
    }
  }

  /** A plan's JSON edited at one place. */
  private static final class Edit {
    final String what;
    final String json;

    private Edit(String what, String json) {
      this.what = what;
      this.json = json;
    }

    static Edit of(Draw d, MutualActionPlan plan, ObjectNode tree) {
      List<JsonNode> containers = new ArrayList<>();
      collect(tree, containers);
      JsonNode container = d.pick(containers);
      List<String> keys = new ArrayList<>(container.propertyNames());
      int kind = d.between(0, 5);
      String what;
      if (container.isObject() && (kind == 5 || keys.isEmpty())) {
        ((ObjectNode) container).put("extra", 1);
        what = "an unknown key added";
      } else if (container.isObject()) {
        String key = d.pick(keys);
        what = edit((ObjectNode) container, key, kind);
      } else {
        ArrayNode list = (ArrayNode) container;
        int index = d.between(0, list.size() - 1);
        what = edit(list, index, kind);
      }
      return new Edit(plan.id() + ": " + what, JACKSON3.writeValueAsString(tree));
    }

    private static String edit(ObjectNode object, String key, int kind) {
      switch (kind) {
        case 0:
          object.putNull(key);
          return key + " nulled";
        case 1:
          object.put(key, "Security Review");
          return key + " set to a text";
        case 2:
          object.put(key, 1.5);
          return key + " set to 1.5";
        case 3:
          object.remove(key);
          return key + " removed";
        default:
          object.put(key, "2027-02-30");
          return key + " set to a day that is not";
      }
    }

    private static String edit(ArrayNode list, int index, int kind) {
      switch (kind) {
        case 0:
          list.set(index, list.nullNode());
          return "item " + index + " nulled";
        case 1:
          list.set(index, list.stringNode("Security Review"));
          return "item " + index + " set to a text";
        case 2:
          list.set(index, list.numberNode(1.5));
          return "item " + index + " set to 1.5";
        default:
          list.remove(index);
          return "item " + index + " removed";
      }
    }

    /** The objects and non-empty lists of a tree. */
    private static void collect(JsonNode node, List<JsonNode> containers) {
      if (node.isObject() || (node.isArray() && !node.isEmpty())) {
        containers.add(node);
        node.values().forEach(child -> collect(child, containers));
      }
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private static Map<String, Object> envelope(String kind, String key, Object content) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", "mutual-plan/" + kind);
    document.put("version", PlanJson.FORMAT_VERSION);
    document.put(key, content);
    return document;
  }

  private static String document(String kind, String key, String content) {
    return "{\"format\":\"mutual-plan/" + kind + "\",\"version\":" + PlanJson.FORMAT_VERSION + ",\"" + key + "\":"
        + content + "}";
  }

  private static String jackson2(Object value, boolean pretty) {
    try {
      return pretty ? JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : JACKSON2.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
