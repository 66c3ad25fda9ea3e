package io.github.mutualplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Tags;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.testing.SamplePlans;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The words of a finding: the rule that found it ({@link RiskRuleId}) and what it is about ({@link RiskSubject}),
 * typed, and written as the keys and paths they always were.
 */
class RiskVocabularyTest {
  static final CommitmentId REVIEW = CommitmentId.of("security-review");
  static final MilestoneId SIGNED = MilestoneId.of("contract-signed");
  static final DecisionCriterionId HIPAA = DecisionCriterionId.of("hipaa");
  static final StakeholderId MARIA = StakeholderId.of("maria");

  @Test
  void aSubjectIsAnItemOfThePlanOrAPartOfItAndIsWrittenAsItsPath() {
    assertThat(RiskSubject.of(REVIEW)).hasToString("commitments[security-review]");
    assertThat(RiskSubject.of(REVIEW).item()).contains(REVIEW);
    assertThat(RiskSubject.of(SIGNED).path()).isEqualTo("milestones[contract-signed]");
    assertThat(RiskSubject.of(SIGNED).item()).contains(SIGNED);
    assertThat(RiskSubject.of(HIPAA).path()).isEqualTo("decisionCriteria[hipaa]");
    assertThat(RiskSubject.of(HIPAA).criterion()).contains(HIPAA);
    assertThat(RiskSubject.of(HIPAA).item()).isEmpty();
    assertThat(RiskSubject.signOffOf(MARIA).path()).isEqualTo("signOffs[maria]");
    assertThat(RiskSubject.signOffOf(MARIA).signOffOwner()).contains(MARIA);
    assertThat(List.of(RiskSubject.PLAN, RiskSubject.STAKEHOLDERS, RiskSubject.COMMITMENTS, RiskSubject.TARGET_CLOSE,
        RiskSubject.PROVENANCE)).extracting(RiskSubject::path)
        .containsExactly("plan", "stakeholders", "commitments", "targetClose", "provenance");
    assertThat(RiskSubject.PLAN.item()).isEmpty();
    assertThat(RiskSubject.COMMITMENTS).isNotEqualTo(RiskSubject.of(REVIEW));
  }

  @Test
  void aPathReadsBackAsTheSubjectItNames() {
    List<RiskSubject> subjects = List.of(RiskSubject.PLAN, RiskSubject.STAKEHOLDERS, RiskSubject.COMMITMENTS,
        RiskSubject.TARGET_CLOSE, RiskSubject.PROVENANCE, RiskSubject.of(REVIEW), RiskSubject.of(SIGNED),
        RiskSubject.of(HIPAA), RiskSubject.signOffOf(MARIA));
    for (RiskSubject subject : subjects) {
      RiskSubject read = RiskSubject.parse(subject.path());
      assertThat(read).isEqualTo(subject).hasToString(subject.path());
      assertThat(read.item()).isEqualTo(subject.item());
      assertThat(read.criterion()).isEqualTo(subject.criterion());
      assertThat(read.signOffOwner()).isEqualTo(subject.signOffOwner());
    }
    assertThatThrownBy(() -> RiskSubject.parse("objectives[growth]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path: 'objectives[growth]' is not a finding's subject: use plan, stakeholders,");
    assertThatThrownBy(() -> RiskSubject.parse("commitments[bad key]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("path: 'commitments[bad key]': ");
    assertThatThrownBy(() -> RiskSubject.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSubjectComparesEqualsAndHashesAsItsPath() {
    // Keys whose characters sort below and above the brackets, and keys that start other keys.
    List<String> keys = new ArrayList<>();
    for (String first : List.of("a", "Z", "0")) {
      keys.add(first);
      for (String more : List.of("a", "Z", "0", "-", "_", ".", "a-", "Z_", "._", "-a")) {
        keys.add(first + more);
      }
    }
    List<RiskSubject> subjects = new ArrayList<>(List.of(RiskSubject.PLAN, RiskSubject.STAKEHOLDERS,
        RiskSubject.COMMITMENTS, RiskSubject.TARGET_CLOSE, RiskSubject.PROVENANCE));
    for (String key : keys) {
      subjects.addAll(List.of(RiskSubject.of(CommitmentId.of(key)), RiskSubject.of(MilestoneId.of(key)),
          RiskSubject.of(DecisionCriterionId.of(key)), RiskSubject.signOffOf(StakeholderId.of(key))));
    }
    for (RiskSubject a : subjects) {
      assertThat(a.hashCode()).isEqualTo(a.path().hashCode());
      for (RiskSubject b : subjects) {
        assertThat(a.compareTo(b)).as("%s to %s", a, b).isEqualTo(a.path().compareTo(b.path()));
        assertThat(a.equals(b)).as("%s and %s", a, b).isEqualTo(a.path().equals(b.path()));
      }
    }
  }

  @Test
  void aRuleIdIsAReadableKey() {
    assertThat(RiskRuleId.of("overdue-commitment")).hasToString("overdue-commitment")
        .isLessThan(RiskRuleId.of("slips"));
    assertThat(RiskRuleId.of("slips").key()).isEqualTo("slips");
    assertThatThrownBy(() -> RiskRuleId.of("bad key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("key: 'bad key' is not a valid rule id: use 1 to 100 ASCII letters");
  }

  @Test
  void theVocabularyRejectsNullAndHasValueEquality() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ItemId.class, REVIEW)
        .setDefault(DecisionCriterionId.class, HIPAA)
        .setDefault(StakeholderId.class, MARIA);
    tester.testAllPublicStaticMethods(RiskSubject.class);
    tester.testAllPublicStaticMethods(RiskRuleId.class);
    new EqualsTester()
        .addEqualityGroup(RiskRuleId.of("slips"), RiskRuleId.of("slips"))
        .addEqualityGroup(RiskRuleId.of("stale-plan"))
        .addEqualityGroup(RiskSubject.of(REVIEW), RiskSubject.parse("commitments[security-review]"))
        .addEqualityGroup(RiskSubject.of(CommitmentId.of("contract-signed")))
        .addEqualityGroup(RiskSubject.of(SIGNED), RiskSubject.parse("milestones[contract-signed]"))
        .addEqualityGroup(RiskSubject.PLAN, RiskSubject.parse("plan"))
        .testEquals();
  }

  /**
   * A rule of one's own, as a user writes it: its id, and findings about an item of the plan. A signature with no
   * pricing approval before it: the finding is about the signature commitment, or the plan when there is none.
   */
  static final class NoPricingApproval implements RiskRule {
    static final RiskRuleId ID = RiskRuleId.of("no-pricing-approval");

    @Override
    public RiskRuleId id() {
      return ID;
    }

    @Override
    public List<RiskFinding> assess(RiskContext context) {
      if (context.plan().commitments().stream().anyMatch(c -> c.tags().contains("pricing"))) {
        return List.of();
      }
      RiskSubject subject = context.plan().commitments().stream().filter(c -> c.tags().contains(Tags.LEGAL))
          .reduce((first, second) -> second).map(c -> RiskSubject.of(c.id())).orElse(RiskSubject.PLAN);
      return List.of(RiskFinding.builder().rule(ID).severity(Severity.WARNING).subject(subject)
          .putMessage("en", "Nobody approves the price before " + subject)
          .putAction("en", "Add the deal desk's approval").build());
    }
  }

  @Test
  void aRuleOfOnesOwnSaysWhatItIsAboutWithTheModelsIds() {
    RiskAssessor mine = RiskAssessor.of(List.of(new NoPricingApproval()), RiskPolicy.defaults(),
        ScheduleOptions.defaults());
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();

    RiskReport report = mine.assess(plan, SamplePlans.START);

    assertThat(report.findings(NoPricingApproval.ID)).singleElement().satisfies(f -> {
      assertThat(f.subject().item()).contains(CommitmentId.of("contract-signature"));
      assertThat(f.subject()).hasToString("commitments[contract-signature]");
      assertThat(f.message(Locale.ENGLISH))
          .isEqualTo("Nobody approves the price before commitments[contract-signature]");
      assertThat(f).hasToString("WARNING no-pricing-approval commitments[contract-signature]: Nobody approves the"
          + " price before commitments[contract-signature]");
    });
    assertThat(report.healthScore()).isEqualTo(92);
  }

  @Test
  void everyBuiltInFindingNamesABuiltInRuleAndASubjectThatReadsBack() {
    List<RiskRuleId> builtIn =
        RiskAssessor.builtInRules().stream().map(RiskRule::id).collect(Collectors.toList());
    qt().withExamples(200).forAll(Gens.plans(40)).checkAssert(plan -> {
      for (RiskFinding f : RiskAssessor.standard().assess(plan, plan.start().plusDays(45)).findings()) {
        assertThat(builtIn).contains(f.rule());
        assertThat(RiskSubject.parse(f.subject().path())).isEqualTo(f.subject());
        assertThat(RiskSubject.parse(f.subject().path()).item()).isEqualTo(f.subject().item());
      }
    });
  }
}
