package io.github.mutualplan;

import static io.github.mutualplan.PlanRulesExamplesTest.AE;
import static io.github.mutualplan.PlanRulesExamplesTest.START;
import static io.github.mutualplan.PlanRulesExamplesTest.plan;
import static io.github.mutualplan.PlanRulesExamplesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The limits of what a plan holds ({@link PlanLimits}), each at its edge: the last value accepted and the first
 * refused, with the rule ({@link PlanRule#WITHIN_LIMITS} for a value too large, {@link PlanRule#VALID_VALUES}
 * for one malformed), the path and the message.
 */
class PlanLimitsExamplesTest {
  static Commitment.Builder demo() {
    return Commitment.builder().id(CommitmentId.of("extra")).title("Extra").owingSide(Side.SELLER)
        .addResponsibility(Responsibility.accountable(AE));
  }

  // Names and free texts.

  @Test
  void aNameHoldsTwoHundredCharacters() {
    assertThat(plan().title("n".repeat(200)).build().title()).hasSize(200);

    assertThat(refusal(plan().title("n".repeat(201))).violations()).containsExactly(
        Violation.of(PlanRule.WITHIN_LIMITS, "title", "has 201 characters; at most 200"));
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    String twoHundredEmoji = "\uD83D\uDE80".repeat(200); // 400 chars in Java, 200 code points

    assertThat(plan().title(twoHundredEmoji).build().title()).isEqualTo(twoHundredEmoji);
    assertThat(refusal(plan().title(twoHundredEmoji + "!")).violations()).containsExactly(
        Violation.of(PlanRule.WITHIN_LIMITS, "title", "has 201 characters; at most 200"));
  }

  @Test
  void aFreeTextHoldsTenThousandCharacters() {
    assertThatCode(() -> plan().addCommitment(demo().durationDays(1).note("t".repeat(10_000)).build()).build())
        .doesNotThrowAnyException();

    assertThat(refusal(plan().addCommitment(demo().durationDays(1).note("t".repeat(10_001)).build())).violations())
        .containsExactly(Violation.of(PlanRule.WITHIN_LIMITS, "commitments[extra].note",
            "has 10001 characters; at most 10000"));
  }

  @Test
  void aNameIsOneLine() {
    assertThat(refusal(plan().sellerOrganization("Acme\nSoftware").buyerOrganization("Globex\tHealth"))
        .violations()).containsExactly(
            Violation.of(PlanRule.VALID_VALUES, "sellerOrganization",
                "holds the control character U+000A at character 5; a name is one line"),
            Violation.of(PlanRule.VALID_VALUES, "buyerOrganization",
                "holds the control character U+0009 at character 7; a name is one line"));
  }

  @Test
  void aFreeTextBreaksLinesAndHoldsTabsButNoOtherControlCharacter() {
    String lines = "First line\r\nSecond\tline\nThird line";
    assertThat(plan().addCommitment(demo().durationDays(1).deliverable(lines).build()).build()
        .commitment(CommitmentId.of("extra")).orElseThrow().deliverable()).contains(lines);

    // A carriage return breaks a line only before a line feed; alone, it is a control character.
    assertThat(refusal(plan().addCommitment(demo().durationDays(1).deliverable("a\rb").build())).violations())
        .containsExactly(Violation.of(PlanRule.VALID_VALUES, "commitments[extra].deliverable",
            "holds the control character U+000D at character 2; only line breaks and tabs are allowed"));
    assertThat(refusal(plan().addCommitment(demo().durationDays(1).deliverable("ends with\r").build()))
        .violations()).extracting(Violation::message).containsExactly(
            "holds the control character U+000D at character 10; only line breaks and tabs are allowed");
    assertThat(refusal(plan().addCommitment(demo().durationDays(1).note("bell\u0007").build())).violations())
        .extracting(Violation::message).containsExactly(
            "holds the control character U+0007 at character 5; only line breaks and tabs are allowed");
  }

  @Test
  void noTextHoldsAControlCharacterOfAnyRange() {
    // The edges of each refused range, and the first allowed character past each.
    for (char control : new char[] {'\u001f', '\u007f', '\u009f', '\u2028', '\u2029'}) {
      assertThat(titleProblem("x" + control)).isEqualTo("holds the control character U+"
          + String.format(Locale.ROOT, "%04X", (int) control) + " at character 2; a name is one line");
    }
    assertThat(plan().title("~\u00a0\u2027\u202f\u2065\u206a").build().title()).hasSize(6);
  }

  @Test
  void noTextHoldsABidirectionalControlThatCouldMakeItReadOtherwise() {
    assertThat(titleProblem("Northwind \u202egnirud\u202c"))
        .isEqualTo("holds the bidirectional control U+202E at character 11; a name is one line");
    for (char bidi : new char[] {'\u202a', '\u202e', '\u2066', '\u2069'}) {
      assertThat(titleProblem("x" + bidi)).isEqualTo("holds the bidirectional control U+"
          + String.format(Locale.ROOT, "%04X", (int) bidi) + " at character 2; a name is one line");
    }
  }

  @Test
  void noTextHoldsHalfOfASurrogatePair() {
    assertThat(titleProblem("rocket \uD83D")).isEqualTo("holds half of a surrogate pair (U+D83D) at character 8");
    assertThat(titleProblem("\uD83D rocket")).isEqualTo("holds half of a surrogate pair (U+D83D) at character 1");
    assertThat(titleProblem("\uDE80 rocket")).isEqualTo("holds half of a surrogate pair (U+DE80) at character 1");
    assertThat(titleProblem("\uD83D\uDE80 \uDE80")).as("a pair counts as one character")
        .isEqualTo("holds half of a surrogate pair (U+DE80) at character 3");
  }

  @Test
  void aTextIsNotBlank() {
    assertThat(titleProblem(" \t\n")).isEqualTo("must not be blank");
  }

  // E-mail addresses.

  @Test
  void anEmailAddressHoldsTwoHundredFiftyFourCharacters() {
    String longest = "a".repeat(242) + "@example.com"; // 254
    assertThat(plan().addStakeholder(person(longest)).build().stakeholder(StakeholderId.of("x")).orElseThrow()
        .email()).contains(longest);

    assertThat(refusal(plan().addStakeholder(person("a" + longest))).violations()).containsExactly(
        Violation.of(PlanRule.WITHIN_LIMITS, "stakeholders[x].email", "has 255 characters; at most 254"));
  }

  static Stakeholder person(String email) {
    return Stakeholder.builder().id(StakeholderId.of("x")).side(Side.BUYER).name("X").email(email).build();
  }

  // Dates and instants.

  @Test
  void aPlanStartsFrom1900To2999() {
    assertThatCode(() -> plan().start(PlanLimits.EARLIEST_DATE).targetClose(PlanLimits.EARLIEST_DATE)
        .commitments(List.of()).build()).doesNotThrowAnyException();
    assertThatCode(() -> plan().start(PlanLimits.LATEST_DATE).targetClose(PlanLimits.LATEST_DATE)
        .commitments(List.of()).build()).doesNotThrowAnyException();

    // Outside the limits the start is the one violation: the other dates are not measured from it.
    assertThat(refusal(plan().start(LocalDate.of(1899, 12, 31)).targetClose(LocalDate.of(2100, 1, 1))
        .commitments(List.of())).violations()).containsExactly(Violation.of(PlanRule.WITHIN_LIMITS,
            "start", "1899-12-31 is not from 1900-01-01 to 2999-12-31"));
    assertThat(refusal(plan().start(LocalDate.of(3000, 1, 1)).targetClose(LocalDate.of(3000, 1, 1))
        .commitments(List.of())).violations()).containsExactly(Violation.of(PlanRule.WITHIN_LIMITS,
            "start", "3000-01-01 is not from 1900-01-01 to 2999-12-31"));
  }

  @Test
  void everyOtherDateLiesWithinTenYearsOfTheStart() {
    LocalDate last = START.plusYears(10);
    assertThat(plan().targetClose(last).build().targetClose()).isEqualTo(last);

    PlanValidationException e = refusal(plan().targetClose(last.plusDays(1))
        .addMilestone(Milestone.builder().id(MilestoneId.of("later")).name("Later").targetDate(last.plusDays(1))
            .build())
        .addCommitment(demo().start(last.plusDays(1)).due(last.plusDays(2)).build()));

    assertThat(e.violations()).extracting(Violation::toString).containsExactly(
        "targetClose: 2037-03-02 is more than 10 years after the plan's start 2027-03-01",
        "milestones[later].targetDate: 2037-03-02 is more than 10 years after the plan's start 2027-03-01",
        "commitments[extra].start: 2037-03-02 is more than 10 years after the plan's start 2027-03-01",
        "commitments[extra].due: 2037-03-03 is more than 10 years after the plan's start 2027-03-01");
    assertThat(e.violations()).extracting(Violation::rule).containsOnly(PlanRule.WITHIN_LIMITS);
  }

  @Test
  void instantsLieFromTheFirstMomentOf1900ToTheLastOf2999() {
    assertThat(PlanLimits.isWithinLimits(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
    assertThat(PlanLimits.isWithinLimits(Instant.parse("1899-12-31T23:59:59.999999999Z"))).isFalse();
    assertThat(PlanLimits.isWithinLimits(Instant.parse("2999-12-31T23:59:59.999999999Z"))).isTrue();
    assertThat(PlanLimits.isWithinLimits(Instant.parse("3000-01-01T00:00:00Z"))).isFalse();

    Provenance late = Provenance.builder().templateId("standard").templateVersion("1")
        .createdAt(Instant.parse("3000-01-01T00:00:00Z")).build();
    assertThat(refusal(plan().provenance(late)).violations()).containsExactly(Violation.of(PlanRule.WITHIN_LIMITS,
        "provenance.createdAt", "3000-01-01T00:00:00Z is not within the years 1900 to 2999"));
  }

  @Test
  void daysLieFrom1900To2999() {
    assertThat(PlanLimits.isWithinLimits(PlanLimits.EARLIEST_DATE)).isTrue();
    assertThat(PlanLimits.isWithinLimits(PlanLimits.EARLIEST_DATE.minusDays(1))).isFalse();
    assertThat(PlanLimits.isWithinLimits(PlanLimits.LATEST_DATE)).isTrue();
    assertThat(PlanLimits.isWithinLimits(PlanLimits.LATEST_DATE.plusDays(1))).isFalse();
    assertThat(PlanLimits.latestDateOf(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2038, 2, 28));
  }

  // Versions and durations.

  @Test
  void aVersionRunsFromOneToTheLargestInt() {
    assertThat(plan().version(PlanLimits.MAX_VERSION).build().version()).isEqualTo(Integer.MAX_VALUE);

    assertThat(refusal(plan().version(PlanLimits.MAX_VERSION + 1)).violations()).containsExactly(Violation.of(
        PlanRule.WITHIN_LIMITS, "version", "must be at most 2147483647 (was 2147483648)"));
    assertThat(refusal(plan().version(0)).violations()).containsExactly(
        Violation.of(PlanRule.VALID_VALUES, "version", "must be at least 1 (was 0)"));
  }

  @Test
  void aDurationRunsFromOneToTenYearsOfWorkingDays() {
    assertThat(plan().addCommitment(demo().durationDays(1).build()).build().commitments()).hasSize(3);
    assertThat(plan().addCommitment(demo().durationDays(2_610).build()).build().commitments()).hasSize(3);

    assertThat(refusal(plan().addCommitment(demo().durationDays(2_611).build())).violations()).containsExactly(
        Violation.of(PlanRule.WITHIN_LIMITS, "commitments[extra].durationDays",
            "must be at most 2610 working days (was 2611)"));
  }

  @Test
  void aThreePointEstimateRunsFromOneToTenYearsOfWorkingDays() {
    assertThat(DurationEstimate.of(1, 1, 2_610).pessimistic()).isEqualTo(2_610);

    assertThat(catchThrowableOfType(PlanValidationException.class, () -> DurationEstimate.of(1, 2, 2_611))
        .violations()).containsExactly(Violation.of(PlanRule.WITHIN_LIMITS, "estimate",
            "the pessimistic case must be at most 2610 working days, was 1/2/2611"));
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> DurationEstimate.of(1, 3, 2))
        .violations()).containsExactly(Violation.of(PlanRule.VALID_VALUES, "estimate",
            "needs 1 <= optimistic <= mostLikely <= pessimistic, was 1/3/2"));
  }

  // Amounts.

  @Test
  void anAmountHasFortyDigitsEachSideOfThePoint() {
    BigDecimal widest = new BigDecimal("9".repeat(40) + "." + "9".repeat(40));
    assertThat(Money.of(widest, Currency.getInstance("XXX")).amount()).isEqualTo(widest); // no minor unit

    assertThat(catchThrowableOfType(PlanValidationException.class,
        () -> Money.of(new BigDecimal("1" + "0".repeat(40)), Currency.getInstance("USD"))).violations())
        .containsExactly(Violation.of(PlanRule.WITHIN_LIMITS, "amount",
            "'1" + "0".repeat(40) + "' has more than 40 digits before or after the point"));
    assertThat(catchThrowableOfType(PlanValidationException.class,
        () -> Money.of(new BigDecimal("0." + "0".repeat(40) + "1"), Currency.getInstance("XXX"))).violations())
        .extracting(Violation::rule).containsExactly(PlanRule.WITHIN_LIMITS);
  }

  @Test
  void anAmountTooLongToBeOneIsRefusedUnread() {
    String longest = "+" + "9".repeat(40) + "." + "9".repeat(40); // 82 characters, as long as one can be
    assertThat(Money.of(longest, "XXX").amount()).isEqualTo(new BigDecimal(longest));

    PlanValidationException e = catchThrowableOfType(PlanValidationException.class,
        () -> Money.of("0" + longest.substring(1) + "9", "XXX"));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(PlanRule.WITHIN_LIMITS);
      assertThat(v.path()).isEqualTo("amount");
      assertThat(v.message()).startsWith("'0999").endsWith("... (83 characters) has more than 40 digits before"
          + " or after the point");
    });
  }

  @Test
  void aHugeAmountIsQuotedInScientificNotationNotPrintedInFull() {
    PlanValidationException e = catchThrowableOfType(PlanValidationException.class,
        () -> Money.of(new BigDecimal("1E+2000"), Currency.getInstance("EUR")));

    assertThat(e.violations()).containsExactly(Violation.of(PlanRule.WITHIN_LIMITS, "amount",
        "'1E+2000' has more than 40 digits before or after the point"));
  }

  @Test
  void aSuccessMetricsNumbersAreAmountsToo() {
    SuccessMetric huge = SuccessMetric.builder().id(SuccessMetricId.of("arr")).name("ARR").unit("USD")
        .baseline(new BigDecimal("1E+41")).target(new BigDecimal("0.1E-40")).measuredBy(START).build();

    assertThat(refusal(plan().addSuccessMetric(huge)).violations()).extracting(Violation::toString).containsExactly(
        "successMetrics[arr].baseline: '1" + "0".repeat(41) + "' has more than 40 digits before or after the point",
        "successMetrics[arr].target: '0." + "0".repeat(40) + "1' has more than 40 digits before or after the point");
  }

  static String titleProblem(String title) {
    PlanValidationException e = refusal(plan().title(title));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).path()).isEqualTo("title");
    return e.violations().get(0).message();
  }
}
