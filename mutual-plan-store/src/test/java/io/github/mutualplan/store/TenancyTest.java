package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One tenant never reads or writes another's plans, even with the same identifiers. */
class TenancyTest {
  static final TenantId ACME = TenantId.of("acme");
  static final TenantId GLOBEX = TenantId.of("globex");
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");

  @ParameterizedTest
  @EnumSource(Database.class)
  void anotherTenantFindsNothingChangesNothingAndDeletesNothing(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    PlanId id = plan.id();
    store.create(ACME, plan, MONDAY);
    store.append(ACME, id, 1, PlanChange.startCommitment(CommitmentId.of("discovery")), ALEX_AE,
        MONDAY.plusSeconds(60));

    assertThat(store.find(GLOBEX, id)).isEmpty();
    assertThatThrownBy(() -> store.load(GLOBEX, id)).isInstanceOf(PlanNotFoundException.class)
        .hasMessage("plan: no plan 'northwind-claims-2027' is stored for tenant 'globex'");
    assertThatThrownBy(() -> store.loadVersion(GLOBEX, id, 1)).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.loadAsOf(GLOBEX, id, MONDAY)).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.history(GLOBEX, id)).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.history(GLOBEX, id, 1)).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.append(GLOBEX, id, 2, PlanChange.share(MARIA_OPS), ALEX_AE,
        MONDAY.plusSeconds(120))).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.erase(GLOBEX, id, MARIA_OPS, MONDAY)).isInstanceOf(PlanNotFoundException.class);
    assertThatThrownBy(() -> store.verify(GLOBEX, id)).isInstanceOf(PlanNotFoundException.class);
    assertThat(store.query(GLOBEX, PlanQuery.all()).items()).isEmpty();
    assertThat(store.assessHealth(GLOBEX, SamplePlans.START)).isZero();
    assertThat(store.delete(GLOBEX, id)).isFalse();

    assertThat(store.load(ACME, id).version()).isEqualTo(2);
    assertThat(store.history(ACME, id).events()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void twoTenantsKeepTheirOwnPlanUnderTheSameIdentifier(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    store.create(ACME, plan, MONDAY);
    store.create(GLOBEX, plan.withTitle("Globex's own"), MONDAY);
    store.append(GLOBEX, plan.id(), 1, PlanChange.startCommitment(CommitmentId.of("discovery")), ALEX_AE,
        MONDAY.plusSeconds(60));

    assertThat(store.load(ACME, plan.id())).isEqualTo(plan);
    assertThat(store.load(GLOBEX, plan.id()).title()).isEqualTo("Globex's own");
    assertThat(store.delete(ACME, plan.id())).isTrue();
    assertThat(store.load(GLOBEX, plan.id()).version()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " acme", "acme corp", "-acme", "acme/../globex", "acme'; DROP TABLE mp_plan; --",
      "ä"})
  void aTenantIsAKey(String key) {
    assertThatThrownBy(() -> TenantId.of(key)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tenant: \"").hasMessageContaining("is not a key");
  }

  @Test
  void aLongTenantIsQuotedShort() {
    assertThatThrownBy(() -> TenantId.of("x".repeat(101) + "\n")).hasMessageContaining("(cut short; 102 characters)")
        .hasMessageNotContaining("\n");
  }
}
