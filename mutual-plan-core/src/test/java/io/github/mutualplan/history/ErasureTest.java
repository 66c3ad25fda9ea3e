package io.github.mutualplan.history;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Erasing a person's personal data from a history: gone everywhere, and the history still verifies. */
class ErasureTest {
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");

  @Test
  void aRenamedPersonGetsAPlaceholderForEachNameAndTheHistoryStillVerifies() {
    PlanEditor editor = PlanEditor.standard();
    PlanHistory history = SamplePlans.agreedHistory(editor, MONDAY);
    Stakeholder maria = history.current().stakeholder(MARIA_OPS).orElseThrow();
    history = editor.apply(history, PlanChange.updateStakeholder(maria.withName("Maria Lopez-Garcia")
        .withEmail("maria@northwind.example")), ALEX_AE, MONDAY.plusSeconds(86_400));

    PlanHistory erased = Erasure.of(history, MARIA_OPS).history(PlanPolicy.standard());

    assertThat(erased.version(1).stakeholder(MARIA_OPS).orElseThrow())
        .extracting(Stakeholder::name, Stakeholder::title, Stakeholder::email)
        .containsExactly("Erased person", Optional.of("Erased title"), Optional.empty());
    assertThat(erased.current().stakeholder(MARIA_OPS).orElseThrow())
        .extracting(Stakeholder::name, Stakeholder::title, Stakeholder::email)
        .containsExactly("Erased person 2", Optional.of("Erased title"), Optional.of("erased@erased.invalid"));
    assertThat(erased.events()).extracting(e -> e.getClass().getSuperclass())
        .as("the rename still made the sign-offs stale")
        .isEqualTo(history.events().stream().map(e -> e.getClass().getSuperclass()).collect(toList()));
    assertThat(erased.current().stakeholder(DANA_CFO)).isEqualTo(history.current().stakeholder(DANA_CFO));
    assertThat(erased.current().withStakeholders(history.current().stakeholders())).isEqualTo(history.current());
    assertThat(erased.toString()).doesNotContain("Lopez");
  }

  @Test
  void aPersonWhoWasNeverAStakeholderCannotBeErased() {
    PlanHistory history = PlanHistory.of(SamplePlans.healthcareClosingPlan().build());

    assertThatThrownBy(() -> Erasure.of(history, StakeholderId.of("nobody")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("person: 'nobody' is no stakeholder in the history of plan 'northwind-claims-2027'");
  }

  @Test
  void anErasureErasesOnlyThePlansOfItsHistory() {
    PlanHistory history = PlanHistory.of(SamplePlans.healthcareClosingPlan().build());
    Erasure erasure = Erasure.of(history, MARIA_OPS);
    MutualActionPlan other = history.current().withStakeholders(history.current().stakeholders().stream()
        .map(s -> s.id().equals(MARIA_OPS) ? s.withName("Someone Else") : s).collect(toList()));

    assertThatThrownBy(() -> erasure.plan(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name: a value of 'maria-lopez' that the history of plan 'northwind-claims-2027' "
            + "does not hold");
    assertThat(erasure.plan(erasure.plan(history.current()))).as("erasing again changes nothing")
        .isEqualTo(erasure.plan(history.current()));
  }

  @Test
  void anyPersonOfAnyHistoryIsErasedFromEveryVersionAndTheHistoryReplays() {
    qt().withExamples(150).forAll(histories(), integers().allPositive()).checkAssert((history, pick) -> {
      List<StakeholderId> people = everyone(history);
      StakeholderId person = people.get(Math.floorMod(pick, people.size()));

      Erasure erasure = Erasure.of(history, person);
      PlanHistory erased = erasure.history(PlanPolicy.standard());

      assertThat(erased.events()).hasSameSizeAs(history.events());
      for (long v = history.first().version(); v <= history.current().version(); v++) {
        MutualActionPlan before = history.version(v);
        MutualActionPlan after = erased.version(v);
        assertThat(after).isEqualTo(erasure.plan(before));
        assertThat(after.stakeholders()).hasSameSizeAs(before.stakeholders());
        for (int i = 0; i < before.stakeholders().size(); i++) {
          Stakeholder was = before.stakeholders().get(i);
          Stakeholder is = after.stakeholders().get(i);
          if (was.id().equals(person)) {
            assertThat(is.name()).startsWith("Erased person");
            assertThat(is.title().isPresent()).isEqualTo(was.title().isPresent());
            assertThat(is.title().filter(t -> !t.startsWith("Erased title"))).isEmpty();
            assertThat(is.email().filter(e -> !e.endsWith("@erased.invalid"))).isEmpty();
            assertThat(is.withName(was.name()).withTitle(was.title()).withEmail(was.email())).isEqualTo(was);
          } else {
            assertThat(is).isEqualTo(was);
          }
        }
      }
      assertThat(Erasure.of(erased, person).history(PlanPolicy.standard())).as("erasing twice is erasing once")
          .isEqualTo(erased);
    });
  }

  /** Histories of random changes to random plans, with the people in them renamed now and then. */
  static Gen<PlanHistory> histories() {
    return EditingPropertiesTest.scenarios(20).map(scenario -> {
      PlanEditor editor = PlanEditor.standard();
      PlanHistory history = PlanHistory.of(scenario.first);
      int n = 0;
      for (EditingPropertiesTest.Step step : scenario.steps) {
        history = tryApply(editor, history, step.change, step.actor, step.at);
        if (++n % 4 == 0) {
          MutualActionPlan plan = history.current();
          Stakeholder someone = plan.stakeholders().get(n % plan.stakeholders().size());
          history = tryApply(editor, history, PlanChange.updateStakeholder(someone.withName(someone.name() + " "
              + n).withEmail("p" + n + "@example.org")), plan.sellerOwner(), step.at.plusSeconds(1));
        }
      }
      return history;
    });
  }

  private static PlanHistory tryApply(PlanEditor editor, PlanHistory history, PlanChange change,
      StakeholderId actor, Instant at) {
    try {
      return editor.apply(history, change, actor, at);
    } catch (ChangeRejectedException refused) {
      return history;
    }
  }

  private static List<StakeholderId> everyone(PlanHistory history) {
    List<StakeholderId> people = new ArrayList<>();
    for (long v = history.first().version(); v <= history.current().version(); v++) {
      history.version(v).stakeholders().stream().map(Stakeholder::id).filter(id -> !people.contains(id))
          .forEach(people::add);
    }
    return people;
  }
}
