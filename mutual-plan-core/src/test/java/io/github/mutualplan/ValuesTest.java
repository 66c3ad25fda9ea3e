package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small values: identifiers, roles, money, violations. */
class ValuesTest {
  @Test
  void identifiersAreReadableKeysComparedByKey() {
    assertThat(CommitmentId.of("security-review")).hasToString("security-review");
    assertThat(CommitmentId.of("a").compareTo(CommitmentId.of("b"))).isNegative();
    assertThat(List.of(MilestoneId.of("b"), MilestoneId.of("a"))).isNotEqualTo(List.of(MilestoneId.of("a")));
    assertThat((Object) CommitmentId.of("x")).isNotEqualTo(MilestoneId.of("x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "security review", "-leading-dash", "über", "a/b"})
  void anInvalidKeyIsRefusedWithTheKeyAndTheRule(String key) {
    PlanValidationException e = catchThrowableOfType(PlanValidationException.class, () -> StakeholderId.of(key));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(PlanRule.VALID_VALUES);
      assertThat(v.path()).isEqualTo("key");
      assertThat(v.message()).startsWith("'" + key + "' is not valid: use 1 to 100 ASCII letters");
    });
    assertThat(e).hasMessageStartingWith("Invalid StakeholderId: key: '" + key + "'");
  }

  @Test
  void aKeyIsAtMostOneHundredCharacters() {
    String longest = String.join("", Collections.nCopies(100, "k"));
    assertThat(PlanId.of(longest).key()).hasSize(100);
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> PlanId.of(longest + "k"))).isNotNull();
  }

  @Test
  void standardRolesKnowTheirSide() {
    assertThat(Role.of("champion")).isEqualTo(Role.CHAMPION);
    assertThat(Role.CHAMPION.side()).contains(Side.BUYER);
    assertThat(Role.ECONOMIC_BUYER.side()).contains(Side.BUYER);
    assertThat(Role.SALES_ENGINEER.side()).contains(Side.SELLER);
    assertThat(Role.LEGAL.side()).isEmpty();
    assertThat(Role.of("board-member").side()).isEmpty();
    assertThat(Role.of("board-member").isStandard()).isFalse();
    assertThat(Role.standardRoles()).hasSize(14).allMatch(Role::isStandard);
  }

  @Test
  void moneyIsHeldAtTheCurrencysDecimalPlaces() {
    Currency eur = Currency.getInstance("EUR");
    assertThat(Money.of(new BigDecimal("120000"), eur)).isEqualTo(Money.of(new BigDecimal("120000.00"), eur));
    assertThat(Money.of("120000", "EUR")).hasToString("120000.00 EUR");
    assertThat(Money.of("5000000", "JPY").amount().scale()).isZero();
    assertThat(Money.of("10.50", "USD")).isNotEqualTo(Money.of("10.50", "EUR"));
  }

  @Test
  void moneyRefusesWhatItCannotHoldExactly() {
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> Money.of("-1", "USD")))
        .hasMessage("Invalid Money: amount: -1 is negative");
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> Money.of("10.005", "USD")))
        .hasMessage("Invalid Money: amount: 10.005 has more decimal places than USD (2)");
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> Money.of("ten", "USD")))
        .hasMessage("Invalid Money: amount: 'ten' is not a number");
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> Money.of("10", "DOLLARS")))
        .hasMessage("Invalid Money: currency: 'DOLLARS' is not an ISO 4217 currency code");
  }

  @Test
  void aLongListOfViolationsIsShortenedInTheMessageButKeptWhole() {
    List<Violation> many = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(Violation.of(PlanRule.VALID_VALUES, "objectives[o" + i + "].title", "must not be blank"));
    }
    PlanValidationException e = new PlanValidationException("plan 'p'", many);

    assertThat(e.violations()).hasSize(25);
    assertThat(e.getMessage()).startsWith("Invalid plan 'p': 25 violations\n  objectives[o0].title: must not be blank")
        .endsWith("objectives[o19].title: must not be blank\n  ... and 5 more");
  }

  @Test
  void aThreePointEstimateIsOrdered() {
    assertThat(DurationEstimate.of(5, 10, 25)).hasToString("5/10/25");
    assertThat(DurationEstimate.of(3, 3, 3).mostLikely()).isEqualTo(3);
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> DurationEstimate.of(5, 4, 25)))
        .hasMessage("Invalid DurationEstimate: estimate: needs 1 <= optimistic <= mostLikely <= pessimistic, was 5/4/25");
    assertThat(catchThrowableOfType(PlanValidationException.class, () -> DurationEstimate.of(0, 1, 1))).isNotNull();
  }

  @Test
  void aResponsibilityReadsAsItsLetterAndPerson() {
    assertThat(Responsibility.accountable(StakeholderId.of("ciso"))).hasToString("ACCOUNTABLE:ciso");
    assertThat(Responsibility.consulted(StakeholderId.of("ciso")).raci()).isEqualTo(Raci.CONSULTED);
  }
}
