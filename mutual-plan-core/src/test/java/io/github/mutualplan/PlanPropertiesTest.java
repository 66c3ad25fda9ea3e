package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.InvariantOracle.Content;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.PlanBreakers;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/** The model's rules, as properties over generated plans (DESIGN.md section 5, invariants 1 to 5). */
class PlanPropertiesTest {
  @Test
  void everyGeneratedPlanHoldsEveryInvariant() {
    qt().forAll(Gens.plans())
        .checkAssert(plan -> assertThat(InvariantOracle.broken(Content.of(plan))).isEmpty());
  }

  @Test
  void copyingAPlanThroughItsBuilderGivesAnEqualPlan() {
    qt().forAll(Gens.plans())
        .checkAssert(plan -> {
          MutualActionPlan copy = MutualActionPlan.builder().from(plan).build();
          assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
        });
  }

  @ParameterizedTest
  @EnumSource(names = {
    "UNIQUE_IDS", "RESOLVED_REFERENCES", "ACYCLIC_DEPENDENCIES", "ONE_ACCOUNTABLE", "DATE_ORDER", "SHARING_GATE",
    "WITHIN_LIMITS", "CLOSE_REASON"
  })
  void breakingOneInvariantReportsExactlyThatViolationAtItsPath(PlanRule rule) {
    qt().forAll(Gens.of(PlanBreakers.breaking(rule)))
        .checkAssert(broken -> {
          PlanValidationException e = catchThrowableOfType(PlanValidationException.class, broken.plan()::build);
          assertThat(e).as("building %s", broken).isNotNull();
          assertThat(e.violations()).hasSize(1);
          Violation v = e.violations().get(0);
          assertThat(v.rule()).isEqualTo(broken.rule());
          assertThat(v.path()).isEqualTo(broken.path());
          assertThat(v.message()).contains(broken.message());
        });
  }

  @Test
  void aCycleThroughExistingDependenciesIsReportedAsARealCycle() {
    qt().forAll(Gens.plans(200).map(PlanPropertiesTest::withADependency))
        .checkAssert(plan -> {
          // Walk a dependency chain from a commitment with dependencies, then close it with a back edge.
          Commitment first = plan.commitments().stream().filter(c -> !c.dependsOn().isEmpty()).findFirst().get();
          Commitment last = first;
          while (!last.dependsOn().isEmpty()) {
            last = plan.commitment(last.dependsOn().iterator().next()).get();
          }
          Commitment closing = last.withDependsOn(first.id());
          PlanValidationException e = catchThrowableOfType(PlanValidationException.class, () -> plan.withCommitments(
              plan.commitments().stream().map(c -> c.id().equals(closing.id()) ? closing : c)
                  .collect(Collectors.toList())));

          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(PlanRule.ACYCLIC_DEPENDENCIES);
            List<String> cycle = List.of(v.message().replace("dependency cycle: ", "").split(" -> "));
            assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
            assertThat(cycle).contains(first.id().key(), closing.id().key());
            for (int i = 0; i + 1 < cycle.size(); i++) {
              CommitmentId from = CommitmentId.of(cycle.get(i));
              CommitmentId to = CommitmentId.of(cycle.get(i + 1));
              boolean edge = from.equals(closing.id()) ? closing.dependsOn().contains(to)
                  : plan.commitment(from).get().dependsOn().contains(to);
              assertThat(edge).as("%s depends on %s", from, to).isTrue();
            }
            assertThat(v.path()).isEqualTo("commitments[" + cycle.get(0) + "].dependsOn[" + cycle.get(1) + "]");
          });
        });
  }

  @Test
  void theValidatorAndAnIndependentReadingOfTheInvariantsAgreeOnArbitraryEdits() {
    Gen<Content> edited = in -> {
      Draw d = Gens.draw(in);
      Content content = Content.of(Gens.plans(60).generate(in));
      for (int edits = d.between(1, 4); edits > 0; edits--) {
        edit(d, content);
      }
      return content;
    };
    qt().forAll(edited)
        .checkAssert(content -> {
          Set<PlanRule> expected = InvariantOracle.broken(content);
          PlanValidationException e =
              catchThrowableOfType(PlanValidationException.class, () -> content.toBuilder().build());
          Set<PlanRule> reported = e == null ? EnumSet.noneOf(PlanRule.class)
              : e.violations().stream().map(Violation::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanRule.class)));
          assertThat(reported).isEqualTo(expected);
        });
  }

  /** The plan, with two more commitments, one depending on the other, if it had no dependency yet. */
  private static MutualActionPlan withADependency(MutualActionPlan plan) {
    if (plan.commitments().stream().anyMatch(c -> !c.dependsOn().isEmpty())) {
      return plan;
    }
    Commitment a = Commitment.builder().id(CommitmentId.of("chain-a")).title("A").owingSide(Side.SELLER)
        .durationDays(1).addResponsibility(Responsibility.accountable(plan.sellerOwner())).build();
    Commitment b = a.withId(CommitmentId.of("chain-b")).withTitle("B").withDependsOn(a.id());
    return MutualActionPlan.builder().from(plan).addCommitments(a, b).build();
  }

  /** One random edit that may break invariants 1 to 5, and nothing else. */
  private static void edit(Draw d, Content p) {
    List<Commitment> commitments = p.commitments;
    int kind = d.between(0, 7);
    if (commitments.isEmpty() && kind < 6) {
      kind = 6 + d.between(0, 1);
    }
    switch (kind) {
      case 0: { // a dependency between two commitments, possibly closing a cycle
        int at = d.between(0, commitments.size() - 1);
        Commitment c = commitments.get(at);
        commitments.set(at, c.withDependsOn(with(c.dependsOn(), d.pick(commitments).id())));
        break;
      }
      case 1: { // a dependency on a commitment that does not exist
        int at = d.between(0, commitments.size() - 1);
        Commitment c = commitments.get(at);
        commitments.set(at, c.withDependsOn(with(c.dependsOn(), CommitmentId.of("ghost-" + d.between(0, 3)))));
        break;
      }
      case 2: { // move a start or due date
        int at = d.between(0, commitments.size() - 1);
        Commitment c = commitments.get(at);
        long days = d.between(-400, 60);
        commitments.set(at, c.start().isPresent() && d.chance(50)
            ? c.withStart(c.start().get().plusDays(days))
            : c.due().map(due -> c.withDue(due.plusDays(days))).orElse(c));
        break;
      }
      case 3: { // hand the commitment to someone else, on either side
        int at = d.between(0, commitments.size() - 1);
        Commitment c = commitments.get(at);
        List<Responsibility> others = c.responsibilities().stream()
            .filter(r -> r.raci() != Raci.ACCOUNTABLE).collect(Collectors.toList());
        others.add(Responsibility.accountable(d.pick(p.stakeholders).id()));
        commitments.set(at, c.withResponsibilities(others));
        break;
      }
      case 4: { // take the accountable person away
        int at = d.between(0, commitments.size() - 1);
        Commitment c = commitments.get(at);
        commitments.set(at, c.withResponsibilities(c.responsibilities().stream()
            .filter(r -> r.raci() != Raci.ACCOUNTABLE).collect(Collectors.toList())));
        break;
      }
      case 5: { // the same id twice
        Commitment c = d.pick(commitments);
        commitments.add(c.withTitle(c.title() + " again"));
        break;
      }
      case 6: { // a role taken away
        int at = d.between(0, p.stakeholders.size() - 1);
        Stakeholder s = p.stakeholders.get(at);
        if (!s.roles().isEmpty()) {
          Role gone = d.pick(new ArrayList<>(s.roles()));
          p.stakeholders.set(at, s.withRoles(s.roles().stream().filter(r -> !r.equals(gone)).collect(Collectors.toList())));
        }
        break;
      }
      default: // the target close moved
        p.targetClose = p.targetClose.plusDays(d.between(-400, 400));
        break;
    }
  }

  private static <T> List<T> with(Iterable<T> items, T more) {
    List<T> all = new ArrayList<>();
    items.forEach(all::add);
    all.add(more);
    return all;
  }
}
