package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Closure;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.SuccessMetricId;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.testing.SamplePlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How to write and read plans as JSON, as examples. */
class PlanJsonExamplesTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final MutualActionPlan HEALTHCARE = SamplePlans.healthcareClosingPlan().build();

  @Test
  void aPlanReadNamesEachOfItsCommitmentsAndPeopleWithOneId() {
    MutualActionPlan read = JSON.readPlan(JsonSource.of(JSON.write(HEALTHCARE).text()));

    Map<CommitmentId, CommitmentId> ids = new IdentityHashMap<>();
    read.commitments().forEach(c -> ids.put(c.id(), c.id()));
    assertThat(read.commitments()).flatMap(Commitment::dependsOn).isNotEmpty()
        .allSatisfy(dependency -> assertThat(ids).containsKey(dependency));
    assertThat(read.commitments()).flatMap(Commitment::responsibilities).map(Responsibility::stakeholder)
        .allSatisfy(who -> assertThat(read.stakeholders()).anySatisfy(s -> assertThat(s.id()).isSameAs(who)));
  }

  @Test
  void theHealthcarePlanAsJson() {
    String json = JSON.write(HEALTHCARE).text();

    assertThat(json).startsWith("{\n"
        + "  \"format\": \"mutual-plan/plan\",\n"
        + "  \"version\": 3,\n"
        + "  \"plan\": {\n"
        + "    \"id\": \"northwind-claims-2027\",\n"
        + "    \"title\": \"Northwind Health: claims automation\",\n"
        + "    \"deal\": {\n"
        + "      \"accountName\": \"Northwind Health\",\n"
        + "      \"value\": {\n"
        + "        \"amount\": \"480000.00\",\n"
        + "        \"currency\": \"USD\"\n"
        + "      }\n"
        + "    },\n");
    assertThat(json).contains("    \"start\": \"2027-01-11\",\n", "    \"zone\": \"America/Chicago\",\n",
        "    \"buyerCalendar\": \"weekdays\",\n    \"sellerCalendar\": \"weekdays\",\n",
        "        \"id\": \"security-questionnaire\",\n        \"title\": \"Completed security questionnaire\",\n");
    assertThat(json).endsWith("}\n");
    assertThat(JSON.readPlan(JsonSource.of(json))).isEqualTo(HEALTHCARE);
  }

  @Test
  void theSameValueAlwaysGivesTheSameText() {
    assertThat(JSON.write(SamplePlans.healthcareClosingPlan().build()).text()).isEqualTo(JSON.write(HEALTHCARE).text());
  }

  @Test
  void version1DocumentsStayReadable() throws Exception {
    try (InputStream fixture = getClass().getResourceAsStream("/format/v1/plan.json")) {
      assertThat(JSON.readPlan(JsonSource.of(fixture))).isEqualTo(HEALTHCARE);
    }
  }

  @Test
  void writersAndStreamsTooInUtf8() {
    MutualActionPlan plan = HEALTHCARE.withTitle("Nordwind Gesundheit: Abrechnung für Ärzte");
    StringWriter text = new StringWriter();
    JSON.write(plan).to(text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(plan).to(bytes);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString()).contains("für Ärzte");
    assertThat(JSON.write(plan).bytes()).isEqualTo(bytes.toByteArray());
    assertThat(JSON.write(plan).text()).isEqualTo(text.toString()).isEqualTo(JSON.write(plan).toString());
    assertThat(JSON.readPlan(JsonSource.of(new StringReader(text.toString())))).isEqualTo(plan);
    assertThat(JSON.readPlan(JsonSource.of(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(plan);
  }

  @Test
  void anEventForAWebhook() {
    PlanEvent event = PlanEvent.changeApplied(7, Instant.parse("2027-03-02T15:04:05Z"), SamplePlans.LEE_CISO,
        PlanChange.rescheduleCommitment(CommitmentId.of("security-risk-assessment"), LocalDate.of(2027, 3, 26)),
        true);

    String json = JSON.write(event).text();

    assertThat(json).isEqualTo("{\n"
        + "  \"format\": \"mutual-plan/event\",\n"
        + "  \"version\": 3,\n"
        + "  \"event\": {\n"
        + "    \"type\": \"change-applied\",\n"
        + "    \"version\": 7,\n"
        + "    \"at\": \"2027-03-02T15:04:05Z\",\n"
        + "    \"actor\": \"lee-chen\",\n"
        + "    \"change\": {\n"
        + "      \"type\": \"reschedule-commitment\",\n"
        + "      \"commitment\": \"security-risk-assessment\",\n"
        + "      \"due\": \"2027-03-26\"\n"
        + "    },\n"
        + "    \"material\": true\n"
        + "  }\n"
        + "}\n");
    assertThat(JSON.readEvent(JsonSource.of(json))).isEqualTo(event);
  }

  @Test
  void keysInAnyOrderAsADatabaseMaySortThem() {
    String sorted = "{\"plan\": " + JSON.write(HEALTHCARE).text().replaceFirst("(?s)^.*?\"plan\": ", "")
        .replaceFirst("\\}\\s*$", "") + ", \"version\": 1, \"format\": \"mutual-plan/plan\"}";
    assertThat(JSON.readPlan(JsonSource.of(sorted))).isEqualTo(HEALTHCARE);

    String change = "{\"format\": \"mutual-plan/event\", \"version\": 1, \"event\": {\"at\": \"2027-03-02T15:04:05Z\","
        + " \"actor\": \"lee-chen\", \"change\": {\"due\": \"2027-03-26\", \"commitment\": \"legal\","
        + " \"type\": \"reschedule-commitment\"}, \"material\": false, \"type\": \"change-applied\", \"version\": 3}}";
    assertThat(JSON.readEvent(JsonSource.of(change)))
        .isEqualTo(PlanEvent.changeApplied(3, Instant.parse("2027-03-02T15:04:05Z"),
        SamplePlans.LEE_CISO, PlanChange.rescheduleCommitment(CommitmentId.of("legal"), LocalDate.of(2027, 3, 26)),
        false));
  }

  @Test
  void yourOwnObjectMapperWithTheModule() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();

    String json = mapper.writeValueAsString(HEALTHCARE);

    assertThat(json).startsWith("{\"id\":\"northwind-claims-2027\",\"title\":");
    assertThat(mapper.readValue(json, MutualActionPlan.class)).isEqualTo(HEALTHCARE);
    PlanChange change = PlanChange.closeWon(io.github.mutualplan.CloseReason.VALUE_PROVEN, "Signed");
    assertThat(mapper.readValue(mapper.writeValueAsString(change), PlanChange.class)).isEqualTo(change);
  }

  @Test
  void mapsKeyedByIdsWithYourOwnObjectMapper() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();
    TypeReference<Map<CommitmentId, Integer>> daysById = new TypeReference<>() {};
    Map<CommitmentId, Integer> days = Map.of(CommitmentId.of("security-review"), 5);

    String json = mapper.writeValueAsString(days);

    assertThat(json).isEqualTo("{\"security-review\":5}");
    assertThat(mapper.readValue(json, daysById)).isEqualTo(days);
    assertThat(mapper.readValue("{\"close\":2}", new TypeReference<Map<MilestoneId, Integer>>() {}))
        .containsExactly(Map.entry(MilestoneId.of("close"), 2));
    assertThatThrownBy(() -> mapper.readValue("{\"Security Review\":5}", daysById))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("CommitmentId")
        .hasMessageContaining("Security Review");
  }

  @Test
  void aVersion2ClosureOfFreeTextIsReadAsTheReasonOtherOfThePlansOutcomeWithTheTextAsItsNote() {
    MutualActionPlan won = SamplePlans.healthcareClosingPlan().status(PlanStatus.CLOSED_WON)
        .closure(Closure.of(CloseReason.WON_OTHER, "Best HIPAA posture", Instant.parse("2027-06-28T16:00:00Z")))
        .build();
    String version3 = JSON.write(won).text();
    assertThat(version3).contains("\"reason\": {\n", "\"key\": \"other\"", "\"outcome\": \"CLOSED_WON\"",
        "\"note\": \"Best HIPAA posture\"");
    String version2 = version3.replace("\"version\": 3,", "\"version\": 2,")
        .replaceAll("\"reason\": \\{[^}]*\\},\\s*\"note\": (\"[^\"]*\")", "\"reason\": $1");

    assertThat(version2).contains("\"reason\": \"Best HIPAA posture\"").doesNotContain("\"note\"");
    assertThat(JSON.readPlan(JsonSource.of(version2))).isEqualTo(won);
  }

  @Test
  void aVersion2ClosePlanChangeOfFreeTextIsReadAsTheReasonOtherOfItsOutcome() {
    String version2 = "{\"format\": \"mutual-plan/event\", \"version\": 2, \"event\": {\"type\": \"change-applied\","
        + " \"version\": 2, \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": false, \"change\":"
        + " {\"type\": \"close-plan\", \"outcome\": \"CLOSED_LOST\", \"reason\": \"No budget this year\"}}}";

    PlanEvent.ChangeApplied event = (PlanEvent.ChangeApplied) JSON.readEvent(JsonSource.of(version2));

    assertThat(event.change()).isEqualTo(PlanChange.closeLost(CloseReason.LOST_OTHER, "No budget this year"));
  }

  @Test
  void theDayACommitmentStartedBesideItsStatus() {
    MutualActionPlan started = HEALTHCARE.withCommitments(HEALTHCARE.commitments().stream()
        .map(c -> c.id().key().equals("discovery")
            ? c.withStatus(CommitmentStatus.IN_PROGRESS).withStartedOn(LocalDate.of(2027, 1, 13)) : c)
        .toList());

    String json = JSON.write(started).text();

    assertThat(json).contains("        \"status\": \"IN_PROGRESS\",\n        \"startedOn\": \"2027-01-13\",\n");
    assertThat(JSON.readPlan(JsonSource.of(json))).isEqualTo(started);
    // Not started, or started on a day not recorded: no key.
    assertThat(JSON.write(HEALTHCARE).text()).doesNotContain("startedOn");
  }

  @Test
  void aStartCommitmentChangeWithTheDayItStartedAndWithout() {
    CommitmentId discovery = CommitmentId.of("discovery");
    PlanEvent onADay = PlanEvent.changeApplied(2, Instant.parse("2027-01-13T16:00:00Z"), SamplePlans.ALEX_AE,
        PlanChange.startCommitment(discovery, LocalDate.of(2027, 1, 13)), false);
    PlanEvent dayNotKnown = PlanEvent.changeApplied(2, Instant.parse("2027-01-13T16:00:00Z"), SamplePlans.ALEX_AE,
        PlanChange.startCommitment(discovery), false);

    String json = JSON.write(onADay).text();

    assertThat(json).contains("      \"type\": \"start-commitment\",\n      \"commitment\": \"discovery\",\n"
        + "      \"startedOn\": \"2027-01-13\"\n");
    assertThat(JSON.readEvent(JsonSource.of(json))).isEqualTo(onADay);
    assertThat(JSON.write(dayNotKnown).text()).doesNotContain("startedOn");
    assertThat(JSON.readEvent(JsonSource.of(JSON.write(dayNotKnown).text()))).isEqualTo(dayNotKnown);
  }

  @Test
  void aMeasurementIsAChangeOfItsOwn() {
    PlanChange measured = PlanChange.recordMeasurement(SuccessMetricId.of("days-in-ar"), LocalDate.of(2027, 12, 31),
        new BigDecimal("41.5"));
    PlanEvent event = PlanEvent.changeApplied(9, Instant.parse("2028-01-03T09:00:00Z"), SamplePlans.JO_CS, measured,
        false);

    String json = JSON.write(event).text();

    assertThat(json).contains("\"type\": \"record-measurement\"", "\"metric\": \"days-in-ar\"",
        "\"on\": \"2027-12-31\"", "\"value\": \"41.5\"");
    assertThat(JSON.readEvent(JsonSource.of(json))).isEqualTo(event);
  }
}
