package io.github.mutualplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.ChangeNotPermittedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanDiff;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.MutualPlanModule;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.testing.SamplePlans;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The model in a Jackson 3 mapper, as examples: the same JSON as Jackson 2's module and PlanJson write. */
class Jackson3ModuleExamplesTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new MutualPlanJackson3Module()).build();
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new MutualPlanModule()).build();
  private static final MutualActionPlan SHARED = SamplePlans.healthcareSharedPlan();
  private static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");
  private static final PlanHistory AGREED = SamplePlans.agreedHistory(PlanEditor.standard(), MONDAY);

  @Test
  void aPlanAsJson() throws Exception {
    String json = MAPPER.writeValueAsString(SHARED);

    assertThat(json).startsWith("{\"id\":\"northwind-claims-2027\",\"title\":\"Northwind Health: claims automation\","
        + "\"deal\":{\"accountName\":\"Northwind Health\",\"value\":{\"amount\":\"480000.00\",\"currency\":\"USD\"}},");
    assertThat(json).isEqualTo(JACKSON2.writeValueAsString(SHARED));
    assertThat(PlanJson.standard().write(SHARED).compactText())
        .isEqualTo("{\"format\":\"mutual-plan/plan\",\"version\":3,\"plan\":" + json + "}");
    assertThat(MAPPER.readValue(json, MutualActionPlan.class)).isEqualTo(SHARED);
  }

  @Test
  void everyKindOfValueWritesAsJackson2WritesIt() throws Exception {
    RiskReport risk = RiskAssessor.standard().assess(AGREED, LocalDate.of(2027, 3, 1));
    CloseForecast forecast = Forecaster.of(ForecastOptions.defaults().withTrials(300).withSeed(Long.MIN_VALUE))
        .forecast(SHARED, LocalDate.of(2027, 2, 1));
    PlanEvent event = AGREED.events().get(1);
    Stakeholder maria = SHARED.stakeholder(SamplePlans.MARIA_OPS).orElseThrow();
    Map<Object, Class<?>> values = new LinkedHashMap<>();
    values.put(SHARED, MutualActionPlan.class);
    values.put(AGREED, PlanHistory.class);
    values.put(event, PlanEvent.class);
    values.put(PlanChange.closeWon(io.github.mutualplan.CloseReason.VALUE_PROVEN, "Signed"), PlanChange.class);
    values.put(risk, RiskReport.class);
    values.put(forecast, CloseForecast.class);
    values.put(maria, Stakeholder.class);
    values.put(Money.of("1250.50", "EUR"), Money.class);
    values.put(CommitmentId.of("legal"), CommitmentId.class);

    values.forEach((value, type) -> {
      String json = MAPPER.writeValueAsString(value);
      assertThat(json).as(type.getSimpleName()).isEqualTo(jackson2(value, false));
      assertThat(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)).isEqualTo(jackson2(value, true));
      assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    });
    assertThat(MAPPER.writeValueAsString(forecast)).contains("\"seed\":-9223372036854775808");
  }

  private static String jackson2(Object value, boolean pretty) {
    try {
      return pretty ? JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(value)
          : JACKSON2.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void amountsKeepTheirDigitsAndAJsonNumberReadsAsWritten() {
    MutualActionPlan plan = SHARED.withDeal(SHARED.deal().withValue(Money.of("480000.50", "USD")));
    String asNumber = MAPPER.writeValueAsString(plan).replace("\"480000.50\"", "480000.50");

    assertThat(MAPPER.readValue(asNumber, MutualActionPlan.class).deal().value().amount()).hasToString("480000.50");
    assertThat(catchThrowableOfType(InvalidPlanJsonException.class,
        () -> MAPPER.readValue(asNumber.replace("480000.50", "4.8000050e5"), MutualActionPlan.class)).path())
        .isEqualTo("$.deal.value.amount");
  }

  @Test
  void identifiersAreKeysOfMaps() {
    TypeReference<Map<CommitmentId, Integer>> daysById = new TypeReference<>() {};
    Map<CommitmentId, Integer> days = Map.of(CommitmentId.of("security-review"), 5);

    String json = MAPPER.writeValueAsString(days);

    assertThat(json).isEqualTo("{\"security-review\":5}");
    assertThat(MAPPER.readValue(json, daysById)).isEqualTo(days);
    assertThat(MAPPER.readValue("{\"close\":2}", new TypeReference<Map<MilestoneId, Integer>>() {}))
        .containsExactly(Map.entry(MilestoneId.of("close"), 2));
    assertThatThrownBy(() -> MAPPER.readValue("{\"Security Review\":5}", daysById))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("CommitmentId")
        .hasMessageContaining("Security Review");
  }

  @Test
  void aProblemNamesItsPathInTheWholeDocument() throws Exception {
    ObjectNode plan = (ObjectNode) MAPPER.valueToTree(SHARED);
    ((ObjectNode) plan.get("commitments").get(3)).put("id", "Security Review");
    String json = "{\n  \"northwind\":\n    " + MAPPER.writeValueAsString(plan) + "\n}";
    TypeReference<Map<String, MutualActionPlan>> plansByName = new TypeReference<>() {};

    InvalidPlanJsonException e = catchThrowableOfType(InvalidPlanJsonException.class,
        () -> MAPPER.readValue(json, plansByName));

    assertThat(e.path()).isEqualTo("$.northwind.commitments[3].id");
    assertThat(e.problem()).startsWith("not a valid commitment id: ").contains("'Security Review'");
    assertThat(e.getMessage()).startsWith("$.northwind.commitments[3].id: not a valid commitment id: ");
    assertThat(e.getCause()).isInstanceOf(PlanValidationException.class);
    assertThat(e.getLocation().getLineNr()).as("where the plan starts").isEqualTo(3);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(5);
    JsonProblem jackson2 = catchThrowableOfType(JsonProblem.class, () -> JACKSON2.readValue(json,
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, MutualActionPlan>>() {}));
    assertThat(List.of(e.path(), e.problem())).isEqualTo(List.of(jackson2.path(), jackson2.problem()));
  }

  @Test
  void aForgedHistoryIsRefusedAtItsEvent() {
    ObjectNode history = (ObjectNode) MAPPER.valueToTree(AGREED);
    ((ObjectNode) history.get("events").get(1)).put("actor", "mallory");

    InvalidPlanJsonException e = catchThrowableOfType(InvalidPlanJsonException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(history), PlanHistory.class));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).startsWith("not a valid plan history: events[1] (version 3): a live edit refuses the"
        + " change: 'mallory' is not a stakeholder of the plan");
    assertThat(e).hasRootCauseInstanceOf(ChangeNotPermittedException.class);
  }

  @Test
  void aHistoryReadsUnderThePolicyItWasMadeUnder() {
    PlanPolicy everyChangeMaterial = new EveryChangeMaterial();
    PlanEditor editor = PlanEditor.standard().withPolicy(everyChangeMaterial);
    PlanHistory history = editor.apply(SamplePlans.agreedHistory(editor, MONDAY),
        PlanChange.noteCommitment(CommitmentId.of("discovery"), "Agenda sent"), SamplePlans.ALEX_AE,
        MONDAY.plusSeconds(20_000));
    String json = MAPPER.writeValueAsString(history);

    ObjectMapper yours = JsonMapper.builder().addModule(new MutualPlanJackson3Module(everyChangeMaterial)).build();
    ObjectMapper foundThenYours = JsonMapper.builder().findAndAddModules()
        .addModule(new MutualPlanJackson3Module(everyChangeMaterial)).build();

    assertThat(yours.readValue(json, PlanHistory.class)).isEqualTo(history);
    assertThat(foundThenYours.readValue(json, PlanHistory.class)).as("the last module added stays")
        .isEqualTo(history);
    assertThat(catchThrowableOfType(InvalidPlanJsonException.class, () -> MAPPER.readValue(json, PlanHistory.class))
        .problem()).contains("the event says the change is material, but under the policy it is not");
  }

  @Test
  void unknownKeysAreSkippedUnlessTheMapperFailsOnUnknownProperties() {
    ObjectNode plan = (ObjectNode) MAPPER.valueToTree(SHARED);
    plan.put("titel", "Typo");
    String json = MAPPER.writeValueAsString(plan);
    ObjectMapper strict = MAPPER.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    assertThat(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).as("Jackson 3's default").isFalse();
    assertThat(MAPPER.readValue(json, MutualActionPlan.class)).isEqualTo(SHARED);
    InvalidPlanJsonException e = catchThrowableOfType(InvalidPlanJsonException.class,
        () -> strict.readValue(json, MutualActionPlan.class));
    assertThat(e.path()).isEqualTo("$.titel");
    assertThat(e.problem()).isEqualTo("unknown key 'titel' in a plan; did you mean 'title'?");
  }

  @Test
  void jacksonFindsTheModule() {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains("mutual-plan");
    assertThat(found.writeValueAsString(SHARED)).isEqualTo(MAPPER.writeValueAsString(SHARED));
    assertThat(found.readValue(MAPPER.writeValueAsString(AGREED), PlanHistory.class)).isEqualTo(AGREED);
    assertThat(new ObjectMapper().writeValueAsString(SHARED.stakeholders().get(0))).as("without the module")
        .isEqualTo("{}");
  }

  @Test
  void itRunsOnTheModulePathAndTheClassPath() throws Exception {
    assertThat(MutualPlanJackson3Module.class.getModule().getName()).isEqualTo("io.github.mutualplan.jackson3");
    try (InputStream services = ClassLoader.getSystemResourceAsStream(
        "META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(MutualPlanJackson3Module.class.getName() + "\n");
    }
  }

  /** A team's policy: every change needs a new sign-off. */
  private static final class EveryChangeMaterial implements PlanPolicy {
    @Override
    public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
      return PlanPolicy.standard().refusals(plan, change, actor);
    }

    @Override
    public boolean isMaterial(PlanDiff diff) {
      return !diff.isEmpty();
    }

    @Override
    public List<String> missingForSharing(MutualActionPlan plan) {
      return PlanPolicy.standard().missingForSharing(plan);
    }
  }
}
