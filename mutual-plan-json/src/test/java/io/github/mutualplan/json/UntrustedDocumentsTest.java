package io.github.mutualplan.json;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.history.ChangeNotPermittedException;
import io.github.mutualplan.history.InvalidHistoryException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanDiff;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a service that stores plans meets from a careless or hostile writer: nulls, values at the edges of their
 * types, hostile text and forged histories. Each is refused with a short message naming where, never accepted
 * silently, never a stalled service.
 */
class UntrustedDocumentsTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Instant MONDAY = Instant.parse("2027-01-18T14:00:00Z");

  /** The healthcare plan shared and agreed, with an internal commitment, provenance and every optional value. */
  static MutualActionPlan richPlan() {
    Commitment dealDesk = Commitment.builder().id(CommitmentId.of("deal-desk")).title("Discount approved")
        .deliverable("Signed discount form").owingSide(Side.SELLER).start(LocalDate.of(2027, 1, 12))
        .due(LocalDate.of(2027, 1, 20)).durationDays(3).fixed(true).estimate(DurationEstimate.of(2, 3, 6))
        .addDependsOn(CommitmentId.of("discovery")).status(CommitmentStatus.DONE)
        .startedOn(LocalDate.of(2027, 1, 14)).completedOn(LocalDate.of(2027, 1, 19)).visibility(Visibility.INTERNAL)
        .addResponsibility(Responsibility.accountable(ALEX_AE)).addTag("commercial").note("Margin stays above 60 %")
        .build();
    return SamplePlans.healthcareClosingPlan()
        .addCommitment(dealDesk)
        .kind(PlanKind.MUTUAL_ACTION_PLAN).status(PlanStatus.AGREED).buyerCoOwner(MARIA_OPS).version(7)
        .stakeholders(SamplePlans.healthcareClosingPlan().build().stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(List.of(Role.ECONOMIC_BUYER)) : s).toList())
        .addSignOff(SignOff.of(ALEX_AE, MONDAY, 6))
        .addSignOff(SignOff.of(MARIA_OPS, MONDAY.plusSeconds(60), 6))
        .provenance(Provenance.builder().templateId("healthcare-provider").templateVersion("1.0")
            .addRule(AppliedRule.of("hipaa", "The buyer handles protected health information"))
            .createdAt(MONDAY).build())
        .build();
  }

  private static PlanJsonException readingPlan(String json) {
    return catchThrowableOfType(PlanJsonException.class, () -> JSON.readPlan(JsonSource.of(json)));
  }

  /** The document of a plan with one value of it changed in the tree. */
  private static String edited(MutualActionPlan plan, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode document = (ObjectNode) TREES.readTree(JSON.write(plan).text());
    edit.accept((ObjectNode) document.get("plan"));
    return TREES.writeValueAsString(document);
  }

  private static ObjectNode commitment(ObjectNode plan, String id) {
    for (JsonNode c : plan.get("commitments")) {
      if (c.get("id").asText().equals(id)) {
        return (ObjectNode) c;
      }
    }
    throw new AssertionError("no commitment " + id);
  }

  @Test
  void everyValueOfAPlanSetToNullIsRefused() throws Exception {
    MutualActionPlan plan = richPlan();
    JsonNode document = TREES.readTree(JSON.write(plan).text());
    List<String> accepted = new ArrayList<>();
    int tried = 0;
    for (String path : valuePaths(document, "")) {
      JsonNode copy = document.deepCopy();
      setNull(copy, path);
      tried++;
      try {
        JSON.readPlan(JsonSource.of(TREES.writeValueAsString(copy)));
        accepted.add(path);
      } catch (PlanJsonException expected) {
        assertThat(expected.getMessage()).as(path).contains("null").hasSizeLessThan(400);
      }
    }
    assertThat(tried).as("values tried").isGreaterThan(250);
    assertThat(accepted).as("nulls accepted").isEmpty();
  }

  @Test
  void aNullNeverMakesAnInternalCommitmentShared() throws Exception {
    String nulled = edited(richPlan(), plan -> commitment(plan, "deal-desk").putNull("visibility"));

    PlanJsonException e = readingPlan(nulled);

    assertThat(e.path()).isEqualTo("$.plan.commitments[8].visibility");
    assertThat(e.problem()).isEqualTo("'visibility' of a commitment must not be null: expected a value, or the key"
        + " left out for the default");
  }

  @Test
  void aDurationOfYearsIsRefusedByTheModel() throws Exception {
    for (int days : new int[] {Integer.MAX_VALUE, 100_000_000, PlanLimits.MAX_DURATION_DAYS + 1}) {
      PlanJsonException e = readingPlan(edited(richPlan(), plan -> commitment(plan, "discovery")
          .put("durationDays", days)));

      assertThat(e.path()).isEqualTo("$.plan");
      assertThat(((PlanValidationException) e.getCause()).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(PlanRule.WITHIN_LIMITS);
        assertThat(v.toString()).isEqualTo("commitments[discovery].durationDays: must be at most 2610 working days"
            + " (was " + days + ")");
      });
    }
  }

  @Test
  void datesFarFromThePlanAreRefused() throws Exception {
    PlanJsonException close = readingPlan(edited(richPlan(), plan -> plan.put("targetClose", "+999999999-12-31")));
    assertThat(((PlanValidationException) close.getCause()).violations()).extracting(Object::toString)
        .contains("targetClose: +999999999-12-31 is more than 10 years after the plan's start 2027-01-11");

    PlanJsonException due = readingPlan(edited(richPlan(), plan -> commitment(plan, "deal-desk")
        .put("due", "+999999999-12-31")));
    assertThat(((PlanValidationException) due.getCause()).violations()).extracting(Object::toString)
        .containsExactly("commitments[deal-desk].due: +999999999-12-31 is more than 10 years after the plan's start"
            + " 2027-01-11");

    PlanJsonException start = readingPlan(edited(richPlan(), plan -> plan.put("start", "0001-01-01")));
    assertThat(((PlanValidationException) start.getCause()).violations()).extracting(Object::toString)
        .contains("start: 0001-01-01 is not from 1900-01-01 to 2999-12-31");
  }

  @Test
  void versionsAndInstantsAtTheEdgesOfTheirTypesAreRefused() throws Exception {
    PlanJsonException version = readingPlan(edited(richPlan(), plan -> plan.put("version", Long.MAX_VALUE)));
    assertThat(((PlanValidationException) version.getCause()).violations()).extracting(Object::toString)
        .contains("version: must be at most 2147483647 (was 9223372036854775807)");

    PlanJsonException signedAt = readingPlan(edited(richPlan(), plan ->
        ((ObjectNode) plan.get("signOffs").get(0)).put("signedAt", "+1000000000-12-31T23:59:59Z")));
    assertThat(((PlanValidationException) signedAt.getCause()).violations()).extracting(Object::toString)
        .containsExactly("signOffs[alex-kim].signedAt: +1000000000-12-31T23:59:59Z is not within the years 1900"
            + " to 2999");
  }

  @Test
  void controlCharactersAndOverridesAreRefusedAndQuotedEscaped() throws Exception {
    PlanJsonException nul = readingPlan(edited(richPlan(), plan ->
        commitment(plan, "discovery").put("title", "Discovery\u0000\u001b[31m")));
    assertThat(nul.problem()).contains("commitments[discovery].title: holds the control character U+0000 at"
        + " character 10; a name is one line");

    PlanJsonException bidi = readingPlan(edited(richPlan(), plan ->
        plan.put("title", "Northwind \u202egnirud\u202c")));
    assertThat(bidi.problem()).contains("title: holds the bidirectional control U+202E at character 11");

    PlanJsonException newline = readingPlan(edited(richPlan(), plan -> plan.put("buyerOrganization", "a\nb")));
    assertThat(newline.problem()).contains("buyerOrganization: holds the control character U+000A");

    // Free text keeps its line breaks and tabs.
    MutualActionPlan noted = JSON.readPlan(JsonSource.of(edited(richPlan(), plan ->
        commitment(plan, "deal-desk").put("note", "Margin:\n\t60 %\r\nfloor"))));
    assertThat(noted.commitment(CommitmentId.of("deal-desk")).get().note()).contains("Margin:\n\t60 %\r\nfloor");
  }

  @Test
  void aLongOrHostileValueIsQuotedShortAndEscaped() throws Exception {
    String longId = "x".repeat(10_000);
    PlanJsonException e = readingPlan(edited(richPlan(), plan -> commitment(plan, "discovery").put("id", longId)));
    assertThat(e.getMessage()).hasSizeLessThan(300)
        .contains("'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (10000 characters) is not valid");

    PlanJsonException escape = readingPlan(edited(richPlan(), plan ->
        commitment(plan, "discovery").put("id", "dis\u001b[2Jcovery\n")));
    assertThat(escape.getMessage()).contains("'dis\\u001b[2Jcovery\\n' is not valid").doesNotContain("\u001b", "\n");

    PlanJsonException key = readingPlan(edited(richPlan(), plan -> plan.put("\u202eevil" + "k".repeat(500), 1)));
    assertThat(key.getMessage()).hasSizeLessThan(600).doesNotContain("\u202e")
        .contains("unknown key '\\u202eevilkkkk");
  }

  @Test
  void aHugeNumberIsRefusedForWhatItIs() {
    String digits = "9".repeat(1_000_000);
    PlanJsonException e = readingPlan(JSON.write(richPlan()).text()
        .replace("\"version\": 7", "\"version\": " + digits));

    assertThat(e.path()).isEqualTo("$.plan.version");
    assertThat(e.problem()).isEqualTo("the document is too large or too deep: a number of more than "
        + PlanJson.MAX_NUMBER_LENGTH + " digits");
  }

  /** The paths of every value in a tree, objects' keys and lists' items, as "a.b.0.c". */
  private static List<String> valuePaths(JsonNode node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        String path = prefix.isEmpty() ? name : prefix + "." + name;
        paths.add(path);
        paths.addAll(valuePaths(node.get(name), path));
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths.add(prefix + "." + i);
        paths.addAll(valuePaths(node.get(i), prefix + "." + i));
      }
    }
    return paths;
  }

  private static void setNull(JsonNode root, String path) {
    String[] steps = path.split("\\.");
    JsonNode parent = root;
    for (int i = 0; i < steps.length - 1; i++) {
      parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
    }
    String last = steps[steps.length - 1];
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), NullNode.getInstance());
    } else {
      ((ObjectNode) parent).putNull(last);
    }
  }

  // ---------------------------------------------------------------- histories

  /** The healthcare plan shared and signed by both owners, then a date moved: as a history. */
  static PlanHistory agreedHistory() {
    PlanEditor editor = PlanEditor.standard();
    return editor.apply(SamplePlans.agreedHistory(editor, MONDAY), PlanChange.rescheduleCommitment(
        CommitmentId.of("security-risk-assessment"), LocalDate.of(2027, 3, 26)), LEE_CISO, MONDAY.plusSeconds(14_400));
  }

  private static PlanJsonException readingHistory(String json) {
    return catchThrowableOfType(PlanJsonException.class, () -> JSON.readHistory(JsonSource.of(json)));
  }

  private static String editedHistory(Consumer<ArrayNode> edit) throws Exception {
    ObjectNode document = (ObjectNode) TREES.readTree(JSON.write(agreedHistory()).text());
    edit.accept((ArrayNode) document.get("history").get("events"));
    return TREES.writeValueAsString(document);
  }

  @Test
  void aHistoryReadBackIsTheHistoryWritten() {
    PlanHistory history = agreedHistory();
    assertThat(JSON.readHistory(JsonSource.of(JSON.write(history).text()))).isEqualTo(history);
    assertThat(history.current().status()).isEqualTo(PlanStatus.SHARED);
  }

  @Test
  void aForgedSignatureDoesNotReadBack() throws Exception {
    // The date moved after both signed: the forger marks the move not material and deletes the stale event.
    String forged = editedHistory(events -> {
      ((ObjectNode) events.get(5)).put("material", false);
      events.remove(6);
    });

    PlanJsonException e = readingHistory(forged);

    assertThat(e.getCause()).isInstanceOf(InvalidHistoryException.class);
    assertThat(e.problem()).isEqualTo("not a valid plan history: events[5] (version 6): the event says the change"
        + " is not material, but under the policy it is");
  }

  @Test
  void aChangeByAStrangerOrByTheWrongSideDoesNotReadBack() throws Exception {
    PlanJsonException mallory = readingHistory(editedHistory(events ->
        ((ObjectNode) events.get(5)).put("actor", "mallory")));
    assertThat(mallory.problem()).isEqualTo("not a valid plan history: events[5] (version 6): a live edit refuses"
        + " the change: 'mallory' is not a stakeholder of the plan");

    // The buyer's CISO moves the seller's questionnaire.
    PlanJsonException buyer = readingHistory(editedHistory(events ->
        ((ObjectNode) events.get(5).get("change")).put("commitment", "security-questionnaire")));
    assertThat(buyer.problem()).startsWith("not a valid plan history: events[5] (version 6): a live edit refuses the"
        + " change: only the SELLER side changes commitments[security-questionnaire]; 'lee-chen' is on the BUYER"
        + " side");
  }

  @Test
  void yourOwnObjectMapperVerifiesAHistoryToo() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();
    ObjectNode history = (ObjectNode) TREES.readTree(mapper.writeValueAsString(agreedHistory()));
    ((ObjectNode) history.get("events").get(5)).put("actor", "mallory");

    assertThat(catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(history.toString(), PlanHistory.class)))
        .hasMessageContaining("'mallory' is not a stakeholder of the plan")
        .hasRootCauseInstanceOf(ChangeNotPermittedException.class);
    ObjectNode nulled = (ObjectNode) TREES.readTree(mapper.writeValueAsString(richPlan()));
    ((ObjectNode) nulled.get("commitments").get(8)).putNull("visibility");
    assertThat(catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(nulled.toString(), MutualActionPlan.class)))
        .hasMessageContaining("'visibility' of a commitment must not be null");
  }

  @Test
  void aHistoryReadsUnderThePolicyItWasMadeUnder() {
    PlanHistory history = agreedHistory();
    PlanPolicy noneMaterial = new PlanPolicy() {
      @Override
      public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
        return PlanPolicy.standard().refusals(plan, change, actor);
      }

      @Override
      public boolean isMaterial(PlanDiff diff) {
        return false;
      }

      @Override
      public List<String> missingForSharing(MutualActionPlan plan) {
        return PlanPolicy.standard().missingForSharing(plan);
      }
    };

    assertThat(catchThrowableOfType(PlanJsonException.class, () -> JSON.withPolicy(noneMaterial)
        .readHistory(JsonSource.of(JSON.write(history).text())))
            .problem()).contains("the event says the change is material, but under"
        + " the policy it is not");
    assertThat(JSON.withPolicy(noneMaterial).policy()).isSameAs(noneMaterial);
  }
}
