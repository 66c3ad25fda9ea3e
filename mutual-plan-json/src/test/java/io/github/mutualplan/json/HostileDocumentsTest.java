package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.testing.SamplePlans;
import org.junit.jupiter.api.Test;

/** Untrusted documents: every bad one fails with a message that names the problem and where it is. */
class HostileDocumentsTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final MutualActionPlan PLAN = SamplePlans.healthcareClosingPlan().build();
  private static final String GOOD = JSON.write(PLAN).text();

  private static PlanJsonException readingPlan(String json) {
    return catchThrowableOfType(PlanJsonException.class, () -> JSON.readPlan(JsonSource.of(json)));
  }

  /** The good document with one replacement, which must apply. */
  private static String with(String from, String to) {
    assertThat(GOOD).contains(from);
    return GOOD.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void nesting10000Deep() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    PlanJsonException strict = readingPlan(deep);
    assertThat(strict.getMessage()).isEqualTo("line 1, column 1 at $: expected a mutual-plan/plan document: an object"
        + " with \"format\", \"version\" and \"plan\", was a list");

    String hidden = with("\"version\": 3,", "\"version\": 3, \"extra\": " + deep + ",");
    PlanJsonException lenient = catchThrowableOfType(PlanJsonException.class,
        () -> PlanJson.lenient().readPlan(JsonSource.of(hidden)));
    assertThat(lenient.problem()).startsWith("the document is too large or too deep: ")
        .contains("nesting depth (65) exceeds the maximum allowed (64)");
    assertThat(lenient.path()).startsWith("$.extra[0][0]");
    assertThat(lenient.line()).isEqualTo(3);
  }

  @Test
  void aStringOf10Megabytes() {
    String huge = "x".repeat(10 * 1024 * 1024);
    PlanJsonException e = readingPlan(with("\"Northwind Health: claims automation\"", "\"" + huge + "\""));
    assertThat(e.path()).isEqualTo("$.plan.title");
    assertThat(e.problem()).startsWith("the document is too large or too deep: ")
        .contains("String value length").contains("exceeds the maximum allowed (100000)");
  }

  @Test
  void aDocumentOverTheLimit() {
    PlanJsonException e = catchThrowableOfType(PlanJsonException.class,
        () -> PlanJson.standard().withMaxDocumentChars(1000).readPlan(JsonSource.of(GOOD)));
    assertThat(e.getMessage()).isEqualTo("at $: the document has " + GOOD.length()
        + " characters; at most 1000 are read");
    assertThat(catchThrowableOfType(PlanJsonException.class, () -> PlanJson.standard().withMaxDocumentChars(1000)
        .readPlan(JsonSource.of(new java.io.StringReader(GOOD)))).problem()).isEqualTo(
            "the document has more than 1000 characters; at most 1000 are read");
  }

  @Test
  void typeTagsAreUnknownKeysAndClassNamesAreNoTypes() {
    PlanJsonException tag = readingPlan(with("\"plan\": {", "\"plan\": {\"@class\": \"java.lang.Runtime\","));
    assertThat(tag.getMessage()).isEqualTo("line 4, column 22 at $.plan['@class']: unknown key '@class' in a plan;"
        + " expected one of [id, title, deal, sellerOrganization, buyerOrganization, start, targetClose, zone,"
        + " buyerCalendar, sellerCalendar, kind, status, sellerOwner, buyerCoOwner, stakeholders, objectives,"
        + " successMetrics, decisionCriteria,"
        + " milestones, commitments, signOffs, closure, version, provenance]");

    PlanJsonException change = catchThrowableOfType(PlanJsonException.class, () -> JSON.readEvent(JsonSource.of(
        "{\"format\": \"mutual-plan/event\", \"version\": 1, \"event\": {\"type\": \"change-applied\", \"version\": 2,"
            + " \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": true,"
            + " \"change\": {\"type\": \"java.lang.ProcessBuilder\", \"command\": [\"rm\", \"-rf\", \"/\"]}}}")));
    assertThat(change.path()).isEqualTo("$.event.change.type");
    assertThat(change.problem()).startsWith("unknown type \"java.lang.ProcessBuilder\" of a plan change; expected one"
        + " of [add-commitment, update-commitment, remove-commitment,")
        .endsWith("close-plan, record-measurement, reopen-plan]");
  }

  @Test
  void unknownKeysFailWithTheNearestKnownOneUnlessIgnored() {
    String misspelt = with("\"title\": \"Completed security questionnaire\"",
        "\"titel\": \"Completed security questionnaire\"");
    PlanJsonException e = readingPlan(misspelt);
    assertThat(e.path()).isEqualTo("$.plan.commitments[1].titel");
    assertThat(e.problem()).isEqualTo("unknown key 'titel' in a commitment; did you mean 'title'?");

    String added = with("\"owingSide\": \"SELLER\",", "\"owingSide\": \"SELLER\", \"priority\": {\"a\": [1, 2]},");
    assertThat(readingPlan(added).problem()).startsWith("unknown key 'priority' in a commitment; expected one of [id,");
    assertThat(PlanJson.lenient().readPlan(JsonSource.of(added))).isEqualTo(PLAN);
    assertThat(JSON.ignoringUnknownFields().readPlan(JsonSource.of(added))).isEqualTo(PLAN);
  }

  @Test
  void aDuplicateKey() {
    PlanJsonException e = readingPlan(with("\"zone\": \"America/Chicago\",",
        "\"zone\": \"America/Chicago\", \"zone\": \"Europe/Berlin\","));
    assertThat(e.path()).isEqualTo("$.plan.zone");
    assertThat(e.problem()).isEqualTo("duplicate key 'zone'");
  }

  @Test
  void trailingGarbage() {
    for (String garbage : new String[] {"}", "xyz", "{}", "[1]"}) {
      PlanJsonException e = readingPlan(GOOD + garbage);
      assertThat(e.problem()).as(garbage).isEqualTo("unexpected content after the end of the document");
      assertThat(e.path()).isEqualTo("$");
    }
  }

  @Test
  void aWrongDate() {
    PlanJsonException e = readingPlan(with("\"targetClose\": \"2027-06-30\"", "\"targetClose\": \"next week\""));
    assertThat(e.getMessage()).isEqualTo(
        "line 17, column 20 at $.plan.targetClose: expected a date like 2027-03-01, was \"next week\"");
    assertThat(e.line()).isEqualTo(17);
    assertThat(e.column()).isEqualTo(20);
  }

  @Test
  void aMissingRequiredFieldAndANullOne() {
    PlanJsonException missing = readingPlan(with("\"title\": \"Completed security questionnaire\",", ""));
    assertThat(missing.path()).isEqualTo("$.plan.commitments[1]");
    assertThat(missing.problem()).isEqualTo("missing required key 'title' of a commitment");

    PlanJsonException nulled = readingPlan(with("\"sellerOwner\": \"alex-kim\"", "\"sellerOwner\": null"));
    assertThat(nulled.path()).isEqualTo("$.plan.sellerOwner");
    assertThat(nulled.problem()).isEqualTo("'sellerOwner' of a plan must not be null: expected a value");
  }

  @Test
  void aNewerFormatVersion() {
    PlanJsonException e = readingPlan(with("\"version\": 3,", "\"version\": 4,"));
    assertThat(e.getMessage()).isEqualTo(
        "line 3, column 14 at $.version: written by a newer mutual-plan: version 4; this one reads up to 3");
  }

  @Test
  void theWrongKindOfDocument() {
    String history = JSON.write(io.github.mutualplan.history.PlanHistory.of(PLAN)).text();
    PlanJsonException e = readingPlan(history);
    assertThat(e.path()).isEqualTo("$.format");
    assertThat(e.problem()).isEqualTo(
        "expected a mutual-plan/plan document, was a mutual-plan/history document: read it with readHistory");

    assertThat(readingPlan("{\"id\": \"northwind\"}").problem()).isEqualTo("unknown key 'id' in a mutual-plan/plan"
        + " document; expected one of [format, version, plan]");
    assertThat(readingPlan("").problem()).startsWith("expected a mutual-plan/plan document: an object");
  }

  @Test
  void anInvalidPlanListsEveryViolation() {
    String cycle = with("\"id\": \"discovery\",", "\"id\": \"discovery\", \"dependsOn\": [\"contract-signature\"],");
    PlanJsonException e = readingPlan(cycle);
    assertThat(e.path()).isEqualTo("$.plan");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getCause()).isInstanceOf(PlanValidationException.class);
    PlanValidationException invalid = (PlanValidationException) e.getCause();
    assertThat(e.problem()).startsWith("not a valid plan: ");
    invalid.violations().forEach(v -> assertThat(e.problem()).contains(v.toString()));
    assertThat(e.problem()).contains("dependency cycle: ");
  }

  @Test
  void hugeExponentsAreNoNumbers() {
    PlanJsonException e = readingPlan(with("\"amount\": \"480000.00\"", "\"amount\": \"1e999999999\""));
    assertThat(e.path()).isEqualTo("$.plan.deal.value.amount");
    assertThat(e.problem()).startsWith("expected a decimal number as text");
  }

  @Test
  void notUtf8() {
    byte[] bytes = GOOD
        .replace("Acme Software", "Acme Softw\u00e4re").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    PlanJsonException e = catchThrowableOfType(PlanJsonException.class,
        () -> JSON.readPlan(JsonSource.of(new java.io.ByteArrayInputStream(bytes))));
    assertThat(e.problem()).isEqualTo("the document is not valid UTF-8");
  }

  @Test
  void aProblemInAChangeWhoseTypeComesLastIsPlacedAtTheChange() {
    PlanJsonException e = catchThrowableOfType(PlanJsonException.class, () -> JSON.readEvent(JsonSource.of(
        "{\"format\": \"mutual-plan/event\", \"version\": 1, \"event\": {\"type\": \"change-applied\",\n"
            + " \"version\": 2, \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": true,\n"
            + " \"change\": {\"commitment\": \"legal\", \"due\": \"soon\", \"type\": \"reschedule-commitment\"}}}")));
    assertThat(e.getMessage()).isEqualTo(
        "line 3, column 12 at $.event.change.due: expected a date like 2027-03-01, was \"soon\"");
  }

  @Test
  void aWrongDayACommitmentStarted() {
    PlanJsonException wrongFormat = readingPlan(with("\"status\": \"OPEN\",", "\"status\": \"IN_PROGRESS\","
        + " \"startedOn\": \"13/01/2027\","));
    assertThat(wrongFormat.path()).isEqualTo("$.plan.commitments[0].startedOn");
    assertThat(wrongFormat.problem()).isEqualTo("expected a date like 2027-03-01, was \"13/01/2027\"");
    PlanJsonException wrongType = readingPlan(with("\"status\": \"OPEN\",", "\"status\": \"IN_PROGRESS\","
        + " \"startedOn\": 20270113,"));
    assertThat(wrongType.path()).isEqualTo("$.plan.commitments[0].startedOn");
    assertThat(wrongType.problem()).startsWith("expected a date like 2027-03-01");
    PlanJsonException open = readingPlan(with("\"status\": \"OPEN\",", "\"status\": \"OPEN\","
        + " \"startedOn\": \"2027-01-13\","));
    assertThat(open.problem()).startsWith("not a valid plan: ").contains("commitments[discovery].startedOn: only a"
        + " started commitment has the day it started (2027-01-13); this one is OPEN");

    PlanJsonException inAChange = catchThrowableOfType(PlanJsonException.class, () -> JSON.readEvent(JsonSource.of(
        "{\"format\": \"mutual-plan/event\", \"version\": 3, \"event\": {\"type\": \"change-applied\",\n"
            + " \"version\": 2, \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": false,\n"
            + " \"change\": {\"type\": \"start-commitment\", \"commitment\": \"legal\", \"startedOn\": \"today\"}}}")));
    assertThat(inAChange.getMessage()).isEqualTo(
        "line 3, column 77 at $.event.change.startedOn: expected a date like 2027-03-01, was \"today\"");
  }

  /** A slip-commitment change: a commitment and a whole number of working days, 1 to 2610, never null. */
  private static PlanJsonException readingSlip(String workingDays) {
    return catchThrowableOfType(PlanJsonException.class, () -> JSON.readEvent(JsonSource.of(
        "{\"format\": \"mutual-plan/event\", \"version\": 1, \"event\": {\"type\": \"change-applied\",\n"
            + " \"version\": 2, \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": true,\n"
            + " \"change\": {\"type\": \"slip-commitment\", \"commitment\": \"legal\""
            + (workingDays == null ? "" : ", \"workingDays\": " + workingDays) + "}}}")));
  }

  @Test
  void aSlipIsReadOnlyWithAWholeNumberOfWorkingDaysWithinTheLimits() {
    io.github.mutualplan.history.PlanEvent read = JSON.readEvent(JsonSource.of(
        "{\"format\": \"mutual-plan/event\", \"version\": 1, \"event\": {\"type\": \"change-applied\","
            + " \"version\": 2, \"at\": \"2027-01-01T00:00:00Z\", \"actor\": \"alex\", \"material\": true,"
            + " \"change\": {\"type\": \"slip-commitment\", \"commitment\": \"legal\", \"workingDays\": 10}}}"));
    assertThat(((io.github.mutualplan.history.PlanEvent.ChangeApplied) read).change()).isEqualTo(
        io.github.mutualplan.history.PlanChange.slipCommitment(io.github.mutualplan.CommitmentId.of("legal"), 10));

    assertThat(readingSlip(null).getMessage()).isEqualTo(
        "line 3, column 12 at $.event.change: missing required key 'workingDays' of a slip-commitment change");
    assertThat(readingSlip("null").problem()).isEqualTo(
        "'workingDays' of a slip-commitment change must not be null: expected a value");
    for (String notAWholeNumber : new String[] {"1.5", "\"10\"", "true", "2147483648", "1e3", "[10]"}) {
      PlanJsonException e = readingSlip(notAWholeNumber);
      assertThat(e.path()).as(notAWholeNumber).isEqualTo("$.event.change.workingDays");
      assertThat(e.problem()).as(notAWholeNumber).startsWith("expected a whole number from -2147483648 to 2147483647");
    }
    for (String outOfRange : new String[] {"0", "-3", "2611", "2147483647"}) {
      PlanJsonException e = readingSlip(outOfRange);
      assertThat(e.path()).as(outOfRange).isEqualTo("$.event.change");
      assertThat(e.problem()).as(outOfRange).contains("workingDays: must be from 1 to 2610 working days (was "
          + outOfRange + ")");
      assertThat(e.getCause()).isInstanceOf(PlanValidationException.class);
    }
  }
}
