package io.github.mutualplan.risk;

import static io.github.mutualplan.risk.HealthyPlans.firstPending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Standing;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.risk.HealthyPlans.Case;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in rule fires on a plan built to trigger it and not on a healthy one; the score is monotone. */
class RiskPropertiesTest {
  static final RiskAssessor ASSESSOR = RiskAssessor.standard();
  static final Locale RUSSIAN = new Locale("ru");

  /** A way to make a healthy plan trigger one rule. */
  static final class Trigger {
    final RiskRuleId rule;
    final Function<Case, MutualActionPlan> make;
    final boolean withHistory;

    Trigger(String rule, boolean withHistory, Function<Case, MutualActionPlan> make) {
      this.rule = RiskRuleId.of(rule);
      this.make = make;
      this.withHistory = withHistory;
    }

    @Override
    public String toString() {
      return rule.key();
    }
  }

  static MutualActionPlan replace(MutualActionPlan plan, Commitment changed) {
    return plan.withCommitments(plan.commitments().stream().map(c -> c.id().equals(changed.id()) ? changed : c)
        .collect(Collectors.toList()));
  }

  static MutualActionPlan asClosingPlan(MutualActionPlan plan) {
    return MutualActionPlan.builder().from(plan).kind(PlanKind.CLOSING_PLAN).status(PlanStatus.DRAFT)
        .signOffs(List.of()).build();
  }

  static MutualActionPlan withoutRole(MutualActionPlan plan, Role role) {
    return plan.withStakeholders(plan.stakeholders().stream()
        .map(s -> s.withRoles(s.roles().stream().filter(r -> !r.equals(role)).collect(Collectors.toList())))
        .collect(Collectors.toList()));
  }

  static List<Trigger> triggers() {
    return List.of(
        new Trigger("overdue-commitment", false, c -> {
          Commitment late = firstPending(c.plan, Optional.of(Side.SELLER));
          return replace(c.plan, late.withStart(Optional.empty()).withDue(c.asOf.minusDays(12)));
        }),
        new Trigger("missed-pledges", false, c -> {
          Commitment late = firstPending(c.plan, Optional.of(Side.BUYER));
          return replace(c.plan, late.withStart(Optional.empty()).withDue(c.asOf.minusDays(3)));
        }),
        new Trigger("no-champion", false, c -> withoutRole(asClosingPlan(c.plan), Role.CHAMPION)),
        new Trigger("no-economic-buyer", false, c -> withoutRole(asClosingPlan(c.plan), Role.ECONOMIC_BUYER)),
        new Trigger("single-threaded", false, c -> c.plan.withCommitments(c.plan.commitments().stream()
            .map(x -> x.owingSide() == Side.BUYER
                ? x.withResponsibilities(Responsibility.accountable(HealthyPlans.CHAMPION)) : x)
            .collect(Collectors.toList()))),
        new Trigger("unassigned-responsibility", false, c -> c.plan.withMilestones(c.plan.milestones().stream()
            .map(m -> m.withResponsibilities(List.of())).collect(Collectors.toList()))),
        new Trigger("criteria-near-close", false, c -> MutualActionPlan.builder().from(c.plan)
            .decisionCriteria(c.plan.decisionCriteria().stream().map(x -> x.withStanding(Standing.UNKNOWN))
                .collect(Collectors.toList()))
            .targetClose(c.asOf.plusDays(20))
            .milestones(c.plan.milestones().stream().map(m -> m.withTargetDate(c.asOf.plusDays(20)))
                .collect(Collectors.toList()))
            .build()),
        new Trigger("target-unreachable", false, c -> MutualActionPlan.builder().from(c.plan)
            .targetClose(c.plan.start())
            .milestones(c.plan.milestones().stream().map(m -> m.withTargetDate(c.plan.start()))
                .collect(Collectors.toList()))
            .build()),
        new Trigger("no-next-step", false, c -> c.plan.withCommitments(c.plan.commitments().stream()
            .map(x -> x.status().isPending() ? x.withStart(Optional.empty()).withDue(c.asOf.plusDays(90)) : x)
            .collect(Collectors.toList()))),
        new Trigger("stale-plan", true, c -> c.plan.withProvenance(c.plan.provenance().get()
            .withCreatedAt(c.asOf.minusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC)))),
        new Trigger("sign-off", false, c -> MutualActionPlan.builder().from(c.plan).status(PlanStatus.SHARED)
            .signOffs(c.plan.signOffs().stream().map(s -> s.withStale(true)).collect(Collectors.toList()))
            .build()),
        new Trigger("missing-critical-step", false, c -> c.plan.withCommitments(c.plan.commitments().stream()
            .map(x -> x.withTags(x.tags().stream().filter(t -> !t.equals("legal")).collect(Collectors.toList())))
            .collect(Collectors.toList()))),
        new Trigger("not-customized", false, c -> c.plan.withProvenance(c.plan.provenance().get()
            .withRules(List.of()))),
        new Trigger("step-count", false, c -> {
          // Four steps: the first three and the signature, which then waits for the third.
          List<Commitment> all = c.plan.commitments();
          Commitment signature = all.get(all.size() - 1).withDependsOn(all.get(2).id());
          return c.plan.withCommitments(all.get(0), all.get(1), all.get(2), signature);
        }),
        new Trigger("milestone-exit-criteria", false, c -> c.plan.withMilestones(c.plan.milestones().stream()
            .map(m -> m.withExitCriteria(List.of())).collect(Collectors.toList()))),
        new Trigger("slips", false, c -> {
          Commitment last = c.plan.commitments().get(c.plan.commitments().size() - 1);
          return replace(c.plan, last.withDue(c.asOf.plusDays(1)));
        }));
  }

  static RiskReport assess(Case c, MutualActionPlan plan, boolean withHistory) {
    return withHistory ? ASSESSOR.assess(PlanHistory.of(plan), c.asOf) : ASSESSOR.assess(plan, c.asOf);
  }

  @Test
  void aHealthyPlanHasNoFindingsAndAFullScore() {
    qt().withExamples(300).forAll(HealthyPlans.cases()).checkAssert(c -> {
      RiskReport report = ASSESSOR.assess(PlanHistory.of(c.plan), c.asOf);
      assertThat(report.findings()).isEmpty();
      assertThat(report.healthScore()).isEqualTo(100);
      assertThat(report.band()).isEqualTo(HealthBand.HEALTHY);
    });
  }

  @ParameterizedTest
  @MethodSource("triggers")
  void eachRuleFiresOnAPlanBuiltToTriggerItAndNotOnAHealthyOne(Trigger trigger) {
    qt().withExamples(100).forAll(HealthyPlans.cases()).checkAssert(c -> {
      assertThat(assess(c, c.plan, trigger.withHistory).findings(trigger.rule)).as("healthy").isEmpty();

      RiskReport triggered = assess(c, trigger.make.apply(c), trigger.withHistory);

      assertThat(triggered.findings(trigger.rule)).as("triggered").isNotEmpty()
          .allSatisfy(f -> {
            assertThat(f.message(java.util.Locale.ENGLISH)).isNotBlank();
            assertThat(f.message(new java.util.Locale("ru"))).matches("(?s).*\\p{IsCyrillic}.*");
          });
      assertThat(triggered.healthScore()).isLessThan(100);
    });
  }

  @Test
  void theScoreNeverRisesWhenACommitmentBecomesOverdue() {
    qt().withExamples(500).forAll(Gens.plans(60)).checkAssert(plan -> {
      LocalDate asOf = plan.start().plusDays(60);
      List<Commitment> open = plan.commitments().stream()
          // Without a due date: an agreed date is one to finish no earlier than, so moving a later one into the
          // past would also let the commitment finish earlier.
          .filter(c -> c.status().isPending() && c.start().isEmpty() && c.due().isEmpty())
          .collect(Collectors.toList());
      if (open.isEmpty() || plan.status().isClosed()) {
        return;
      }
      Commitment c = open.get(open.size() / 2);
      MutualActionPlan overdue = replace(plan, c.withDue(asOf.minusDays(9)).withStart(Optional.empty()));

      assertThat(ASSESSOR.assess(overdue, asOf).healthScore())
          .isLessThanOrEqualTo(ASSESSOR.assess(plan, asOf).healthScore());
      assertThat(ASSESSOR.assess(overdue, asOf).findings(RiskRuleId.of("overdue-commitment")))
          .anyMatch(f -> f.subject().path().equals("commitments[" + c.id() + "]"));
    });
  }

  @Test
  void aFindingSaysTheSameHoweverItsTextsAreAskedFor() {
    qt().withExamples(200).forAll(Gens.plans(40)).checkAssert(plan -> {
      for (RiskFinding f : ASSESSOR.assess(plan, plan.start().plusDays(45)).findings()) {
        assertThat(f.message().keySet()).containsExactly("en", "ru");
        assertThat(f.action().keySet()).containsExactly("en", "ru");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo(f.message().get("en"));
        assertThat(f.action(RUSSIAN)).isEqualTo(f.action().get("ru"));
        assertThat(f.message(RUSSIAN)).isEqualTo(f.message().get("ru")).isNotEqualTo(f.message().get("en"));
        assertThat(f.message(Locale.GERMAN)).isEqualTo(f.message().get("en"));
        assertThat(f.action(Locale.GERMAN)).isEqualTo(f.action().get("en"));

        RiskFinding given = RiskFinding.builder().rule(f.rule()).severity(f.severity()).subject(f.subject())
            .message(f.message()).action(f.action()).build();
        assertThat(given).isEqualTo(f).hasSameHashCodeAs(f).hasToString(f.toString());
        assertThat(f).isEqualTo(given);
      }
    });
  }
}
