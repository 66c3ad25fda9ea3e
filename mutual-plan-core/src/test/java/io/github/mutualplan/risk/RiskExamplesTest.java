package io.github.mutualplan.risk;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Tags;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Risk by example: the seeds' healthcare deal, its buyer missing pledges and its security review slipping. */
class RiskExamplesTest {
  static final Instant JAN_11 = Instant.parse("2027-01-11T15:00:00Z");
  static final PlanEditor EDITOR = PlanEditor.standard();

  /** The shared healthcare plan, with the dates both sides agreed. */
  static PlanHistory agreedDates() {
    Map<String, LocalDate> due = Map.of(
        "discovery", LocalDate.of(2027, 1, 15),
        "security-questionnaire", LocalDate.of(2027, 1, 29),
        "security-risk-assessment", LocalDate.of(2027, 2, 19),
        "baa-review", LocalDate.of(2027, 2, 12),
        "budget-approval", LocalDate.of(2027, 2, 12),
        "vendor-registration", LocalDate.of(2027, 2, 5),
        "contract-signature", LocalDate.of(2027, 3, 19),
        "onboarding-kickoff", LocalDate.of(2027, 3, 26));
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    plan = plan.withCommitments(plan.commitments().stream()
        .map(c -> c.withDue(due.get(c.id().key()))).collect(Collectors.toList()));
    PlanHistory history = PlanHistory.of(plan);
    history = EDITOR.apply(history, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER), ALEX_AE, JAN_11);
    return EDITOR.apply(history, PlanChange.share(MARIA_OPS), ALEX_AE, JAN_11);
  }

  /**
   * The steps a regulation or procurement imposes are not the team's to drop: the advice on how many steps a plan
   * should have leaves them out, as the templates' lint does.
   */
  @Test
  void stepsARegulationImposesAreNotCountedAgainstTheAdviceOnHowManyStepsAPlanHas() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    long imposed = plan.commitments().stream().filter(c -> c.tags().stream().anyMatch(Tags.mandated()::contains))
        .count(); // the sample's HIPAA and procurement steps
    List<Commitment> more = new ArrayList<>(plan.commitments());
    for (int i = 0; more.size() - imposed < 21; i++) {
      more.add(Commitment.builder().id(CommitmentId.of("extra-" + i)).title("Extra step " + i).owingSide(Side.SELLER)
          .durationDays(1).addResponsibility(Responsibility.accountable(ALEX_AE)).build());
    }
    MutualActionPlan long21 = plan.withCommitments(more); // 21 steps the team chose
    MutualActionPlan sixImposed = long21.withCommitments(more.stream()
        .map(c -> c.id().key().matches("extra-[0-5]") ? c.withTags(Tags.COMPLIANCE) : c).collect(Collectors.toList()));
    RiskRuleId stepCount = RiskRuleId.of("step-count");

    assertThat(RiskAssessor.standard().assess(long21, plan.start()).findings(stepCount)).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).startsWith("The plan has 21 steps besides those"));
    assertThat(RiskAssessor.standard().assess(sixImposed, plan.start()).findings(stepCount)).isEmpty();
  }

  @Test
  void aHealthcareDealWhoseBuyerMissedTwoPledgesAndWhoseSecurityReviewSlipped() {
    PlanHistory history = agreedDates();
    history = EDITOR.apply(history, PlanChange.completeCommitment(CommitmentId.of("discovery"),
        LocalDate.of(2027, 1, 15)), ALEX_AE, Instant.parse("2027-01-15T17:00:00Z"));
    history = EDITOR.apply(history, PlanChange.completeCommitment(CommitmentId.of("security-questionnaire"),
        LocalDate.of(2027, 1, 28)), SAM_SE, Instant.parse("2027-01-28T17:00:00Z"));
    history = EDITOR.apply(history, PlanChange.completeCommitment(CommitmentId.of("budget-approval"),
        LocalDate.of(2027, 2, 10)), DANA_CFO, Instant.parse("2027-02-10T17:00:00Z"));
    // The security review slips twice, a week and then two more.
    history = EDITOR.apply(history, PlanChange.rescheduleCommitment(CommitmentId.of("security-risk-assessment"),
        LocalDate.of(2027, 2, 26)), LEE_CISO, Instant.parse("2027-02-15T09:00:00Z"));
    history = EDITOR.apply(history, PlanChange.rescheduleCommitment(CommitmentId.of("security-risk-assessment"),
        LocalDate.of(2027, 3, 12)), LEE_CISO, Instant.parse("2027-02-24T09:00:00Z"));
    LocalDate asOf = LocalDate.of(2027, 2, 24);

    RiskReport report = RiskAssessor.standard().assess(history, asOf);

    // The buyer owes the vendor registration (due 5 February) and the BAA review (12 February): two missed pledges.
    assertThat(report.findings(RiskRuleId.of("missed-pledges"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.message(Locale.ENGLISH))
          .isEqualTo("The buyer has missed 2 of their commitments: the customer may be disengaging");
      assertThat(f.message(new Locale("ru")))
          .isEqualTo("Покупатель не выполнил 2 своих обязательств: клиент может терять интерес");
    });
    assertThat(report.findings(RiskRuleId.of("overdue-commitment"))).extracting(f -> f.subject() + " " + f.severity())
        .containsExactlyInAnyOrder("commitments[vendor-registration] CRITICAL", "commitments[baa-review] CRITICAL");
    // It has slipped twice, and will still finish two working days late, pushing the signature with it.
    assertThat(report.findings(RiskRuleId.of("slips"))).extracting(RiskFinding::toString).containsExactly(
        "WARNING slips commitments[security-risk-assessment]: 'HIPAA security risk assessment' has slipped 2 times",
        "INFO slips commitments[contract-signature]: 'Master agreement and order form signed' will finish 2 working"
            + " days after its due date 2027-03-19 (on 2027-03-23)",
        "INFO slips commitments[security-risk-assessment]: 'HIPAA security risk assessment' will finish 2 working"
            + " days after its due date 2027-03-12 (on 2027-03-16)");
    int penalties = report.findings().stream().mapToInt(f -> f.severity().penalty()).sum();
    assertThat(penalties).isGreaterThanOrEqualTo(3 * 20 + 8 + 2 + 2);
    assertThat(report.healthScore()).isEqualTo(Math.max(0, 100 - penalties));
    assertThat(report.band()).isEqualTo(HealthBand.CRITICAL);

    RiskReport before = RiskAssessor.standard().assess(agreedDates(), LocalDate.of(2027, 1, 12));
    RiskChange change = report.changesSince(before);
    assertThat(change.added()).extracting(RiskFinding::rule)
        .contains(RiskRuleId.of("missed-pledges"), RiskRuleId.of("slips"));
    assertThat(change.scoreChange()).isNegative();
  }

  @Test
  void aClosedPlanHasNothingToWorryAbout() {
    PlanHistory lost = EDITOR.apply(agreedDates(), PlanChange.closeLost(CloseReason.BUDGET), ALEX_AE, JAN_11);

    RiskReport report = RiskAssessor.standard().assess(lost, LocalDate.of(2027, 6, 1));

    assertThat(report.findings()).isEmpty();
    assertThat(report.healthScore()).isEqualTo(100);
    assertThat(report.projectedClose()).isEmpty();
  }

  @Test
  void theThresholdsAreAPolicy() {
    PlanHistory history = agreedDates();
    LocalDate asOf = LocalDate.of(2027, 2, 9); // vendor registration two working days late

    RiskSubject vendor = RiskSubject.of(CommitmentId.of("vendor-registration"));
    assertThat(RiskAssessor.standard().assess(history, asOf).findings(RiskRuleId.of("overdue-commitment")))
        .filteredOn(f -> f.subject().equals(vendor)).extracting(RiskFinding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(RiskAssessor.standard().withPolicy(RiskPolicy.defaults().withOverdueStalledDays(2))
        .assess(history, asOf).findings(RiskRuleId.of("overdue-commitment")))
        .filteredOn(f -> f.subject().equals(vendor)).extracting(RiskFinding::severity)
        .containsExactly(Severity.CRITICAL);
  }

  @Test
  void everyFindingSpeaksEnglishAndRussian() {
    Map<String, String> en = Findings.texts("en");
    Map<String, String> ru = Findings.texts("ru");

    assertThat(ru.keySet()).isEqualTo(en.keySet());
    assertThat(ru.keySet()).allSatisfy(key ->
        assertThat(ru.get(key)).as(key).matches("(?s).*\\p{IsCyrillic}.*"));
    assertThat(RiskAssessor.builtInRules()).extracting(RiskRule::id).allSatisfy(id ->
        assertThat(en.keySet()).anyMatch(key -> key.startsWith(id + ".")));
  }

  @Test
  void everyTextIsFilledInAsMessageFormatWould() {
    Object[][] arguments = {
        {"'Sign the BAA'", 3, LocalDate.of(2027, 3, 1), 12_345, -2, "x"},
        {"Договор", 999, LocalDate.of(2028, 12, 31), 1_000, 0L, 7.5},
        {}};
    for (int language = 0; language < Findings.LANGUAGES.size(); language++) {
      Map<String, String> texts = Findings.texts(Findings.LANGUAGES.get(language).getLanguage());
      for (String key : texts.keySet()) {
        for (Object[] values : arguments) {
          assertThat(Findings.text(language, key, values)).as(key).isEqualTo(
              new java.text.MessageFormat(texts.get(key), Findings.LANGUAGES.get(language)).format(values));
        }
      }
    }
  }

  @Test
  void aRuleOfOnesOwnRunsInAnAssessor() {
    assertThat(RiskAssessor.standard().rules()).extracting(RiskRule::id)
        .containsExactlyElementsOf(RiskAssessor.builtInRules().stream().map(RiskRule::id).collect(Collectors.toList()));
    RiskRule pricing = new RiskRule() {
      @Override
      public RiskRuleId id() {
        return RiskRuleId.of("no-pricing-approval");
      }

      @Override
      public java.util.List<RiskFinding> assess(RiskContext context) {
        boolean approved = context.plan().commitments().stream().anyMatch(c -> c.tags().contains("pricing"));
        return approved ? java.util.List.of() : java.util.List.of(RiskFinding.builder().rule(id())
            .severity(Severity.WARNING).subject(RiskSubject.PLAN).putMessage("en", "No pricing approval step")
            .putAction("en", "Add one").build());
      }
    };
    RiskAssessor mine = RiskAssessor.of(java.util.List.of(pricing), RiskPolicy.defaults(),
        io.github.mutualplan.schedule.ScheduleOptions.defaults());

    RiskReport report = mine.assess(agreedDates(), LocalDate.of(2027, 1, 12));

    assertThat(report.findings()).extracting(f -> f.message(new Locale("ru"))).containsExactly("No pricing approval step");
    assertThat(report.healthScore()).isEqualTo(92);
  }

  @Test
  void aFindingOfOnesOwnNeedsARuleASeveritySubjectAndEnglish() {
    RiskRuleId pricing = RiskRuleId.of("no-pricing-approval");
    RiskFinding.Builder russianOnly = RiskFinding.builder().rule(pricing).severity(Severity.INFO)
        .subject(RiskSubject.PLAN).putMessage("ru", "Нет согласования цены").putAction("en", "Add one");
    assertThatThrownBy(russianOnly::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("message, action: a finding of rule 'no-pricing-approval' needs English text");
    assertThatThrownBy(() -> RiskFinding.builder().rule(pricing).putMessage("en", "x").build())
        .hasMessageContaining("has rule='no-pricing-approval', severity=null, subject=null");
    assertThatThrownBy(() -> RiskFinding.builder().putMessage("de", null)).hasMessage("message[de]");
    Map<String, String> withoutGerman = new java.util.HashMap<>(Map.of("en", "Not this"));
    withoutGerman.put("de", null);
    assertThatThrownBy(() -> russianOnly.message(withoutGerman)).hasMessage("message[de]");

    RiskFinding finding = russianOnly.putMessage("en", "No pricing approval step").build();
    assertThat(finding.message()).containsExactly(entry("ru", "Нет согласования цены"),
        entry("en", "No pricing approval step"));
    assertThat(finding.action(Locale.GERMAN)).isEqualTo("Add one");
  }
}
