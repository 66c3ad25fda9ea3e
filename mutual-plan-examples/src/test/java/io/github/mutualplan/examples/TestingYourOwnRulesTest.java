package io.github.mutualplan.examples;

import static io.github.mutualplan.testing.MutualPlanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanDiff;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskContext;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskPolicy;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.risk.RiskRule;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.risk.RiskSubject;
import io.github.mutualplan.risk.Severity;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.PlanSamplers;
import io.github.mutualplan.testing.Sampler;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Testing your own rules": a rule and a policy of one's own, tested with the test kit. */
class TestingYourOwnRulesTest {
  /** My rule: a plan without a champion on the buyer's side has nobody selling for us inside the account. */
  static final class NoInsideSeller implements RiskRule {
    static final RiskRuleId ID = RiskRuleId.of("no-inside-seller");

    @Override
    public RiskRuleId id() {
      return ID;
    }

    @Override
    public List<RiskFinding> assess(RiskContext context) {
      boolean champion = context.plan().stakeholdersWith(Role.CHAMPION).stream()
          .anyMatch(s -> s.side() == Side.BUYER);
      return champion ? List.of() : List.of(RiskFinding.builder().rule(ID).severity(Severity.WARNING)
          .subject(RiskSubject.STAKEHOLDERS).putMessage("en", "Nobody sells for us inside the account")
          .putAction("en", "Find a champion").build());
    }
  }

  /** Open plans; the drafts among them lose their champion (a shared plan cannot be without one). */
  static final Sampler<MutualActionPlan> OPEN_PLANS = PlanSamplers.openPlans(40)
      .map(plan -> plan.kind() == PlanKind.MUTUAL_ACTION_PLAN ? plan
          : plan.withStakeholders(plan.stakeholders().stream().map(TestingYourOwnRulesTest::noChampion)
              .collect(Collectors.toList())));

  static Stakeholder noChampion(Stakeholder s) {
    return s.withRoles(s.roles().stream().filter(r -> !r.equals(Role.CHAMPION)).collect(Collectors.toList()));
  }

  @Test
  void aPlanWithoutAChampionAlwaysGetsMyFindingAndNoOtherPlanDoes() {
    RiskAssessor mine = RiskAssessor.of(List.of(new NoInsideSeller()), RiskPolicy.defaults(),
        ScheduleOptions.defaults());

    qt().forAll(Gens.of(OPEN_PLANS)).checkAssert(plan -> { // open plans; the drafts lose their champion
      RiskReport report = mine.assess(plan, plan.start());
      if (plan.kind() == PlanKind.CLOSING_PLAN) {
        assertThat(report).hasFinding("no-inside-seller");
      } else {
        assertThat(report).hasNoFinding("no-inside-seller"); // a shared plan always has a champion
      }
    });
  }

  /** My policy: a buyer never moves or removes a seller's commitment, not even a co-owner of the plan. */
  static final class SellersKeepTheirDates implements PlanPolicy {
    private final PlanPolicy standard = PlanPolicy.standard();

    @Override
    public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
      List<String> refusals = new ArrayList<>(standard.refusals(plan, change, actor));
      touched(change).flatMap(plan::commitment)
          .filter(c -> c.owingSide() == Side.SELLER && actor.side() == Side.BUYER)
          .ifPresent(c -> refusals.add("only the seller moves its commitment '" + c.id() + "'"));
      return refusals;
    }

    /** The commitment whose dates a change moves, or which it removes. */
    static Optional<CommitmentId> touched(PlanChange change) {
      if (change instanceof PlanChange.UpdateCommitment) {
        return Optional.of(((PlanChange.UpdateCommitment) change).commitment().id());
      } else if (change instanceof PlanChange.RescheduleCommitment) {
        return Optional.of(((PlanChange.RescheduleCommitment) change).commitment());
      } else if (change instanceof PlanChange.SlipCommitment) {
        return Optional.of(((PlanChange.SlipCommitment) change).commitment());
      } else if (change instanceof PlanChange.RemoveCommitment) {
        return Optional.of(((PlanChange.RemoveCommitment) change).commitment());
      }
      return Optional.empty();
    }

    @Override
    public boolean isMaterial(PlanDiff diff) {
      return standard.isMaterial(diff);
    }

    @Override
    public List<String> missingForSharing(MutualActionPlan plan) {
      return standard.missingForSharing(plan);
    }
  }

  /** A shared plan, a change a buyer asks for, and the buyer. */
  record BuyerEdit(MutualActionPlan plan, PlanChange change, Stakeholder buyer) {}

  static final Sampler<BuyerEdit> BUYER_EDITS = draw -> {
    MutualActionPlan plan = PlanSamplers.mutualActionPlans(30).sample(draw);
    List<Stakeholder> buyers = plan.stakeholders().stream().filter(s -> s.side() == Side.BUYER)
        .collect(Collectors.toList());
    return new BuyerEdit(plan, ChangeSamplers.change(draw, plan), draw.pick(buyers));
  };

  /** A time after the last change of any sampled plan. */
  static final Instant LATER = Instant.parse("2999-01-01T00:00:00Z");

  @Test
  void theBuyerCanNeverMoveASellerCommitment() {
    PlanEditor editor = PlanEditor.standard().withPolicy(new SellersKeepTheirDates());

    qt().withExamples(500).forAll(Gens.of(BUYER_EDITS)).checkAssert(edit -> { // a shared plan, a change, a buyer
      MutualActionPlan after;
      try {
        after = editor.apply(edit.plan(), edit.change(), edit.buyer().id(), LATER).plan();
      } catch (ChangeRejectedException refused) {
        return; // refused: nothing moved
      }
      for (Commitment seller : edit.plan().commitments()) {
        if (seller.owingSide() == Side.SELLER) {
          assertThat(after).hasCommitment(seller.id().key());
          Commitment now = after.commitment(seller.id()).orElseThrow();
          assertThat(List.of(now.start(), now.due(), now.durationDays())).as(seller.id().key())
              .isEqualTo(List.of(seller.start(), seller.due(), seller.durationDays()));
        }
      }
    });
  }

  /** The README shows the two properties as they are in this file, comments aside. */
  @Test
  void theReadmeShowsThisFile() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Testing your own rules"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    String shown = section.substring(section.lastIndexOf("```java") + 7, section.lastIndexOf("```"));
    List<String> here = Files.readAllLines(Path.of("src/test/java/io/github/mutualplan/examples/"
        + "TestingYourOwnRulesTest.java")).stream().map(TestingYourOwnRulesTest::code).collect(Collectors.toList());

    assertThat(shown.lines().map(TestingYourOwnRulesTest::code).filter(line -> !line.isEmpty()))
        .hasSizeGreaterThan(20).allSatisfy(line -> assertThat(here).contains(line));
  }

  /** A line of code without its comment and its indentation. */
  static String code(String line) {
    int comment = line.indexOf("//");
    return (comment < 0 ? line : line.substring(0, comment)).strip().replaceAll("\\s+", " ");
  }
}
