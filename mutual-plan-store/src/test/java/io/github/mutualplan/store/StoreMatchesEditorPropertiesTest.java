package io.github.mutualplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * The store is the editor, kept: random changes by random people to random plans, often made against an older
 * version, give the same plans, the same refusals and the same history through the store as through a
 * {@link PlanEditor} in memory; and every stored version and instant loads back as it was.
 */
class StoreMatchesEditorPropertiesTest {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final AtomicInteger TENANTS = new AtomicInteger();

  /** A plan and the seed of the changes tried on it. */
  static Gen<Object[]> scenarios() {
    return in -> new Object[] {Gens.plans(20).generate(in), Gens.draw(in).between(0, Integer.MAX_VALUE)};
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void theStoreGivesWhatTheEditorGives(Database database) {
    JdbcPlanStore store = JdbcPlanStore.builder(database.fresh()).snapshotInterval(3).build();
    int examples = database == Database.H2 ? 60 : 25;
    qt().withExamples(examples).withShrinkCycles(20).forAll(scenarios()).checkAssert(scenario -> {
      MutualActionPlan first = (MutualActionPlan) scenario[0];
      Draw d = Draw.seeded((Integer) scenario[1]);
      TenantId tenant = TenantId.of("t" + TENANTS.incrementAndGet());
      store.create(tenant, first, START);
      PlanHistory history = PlanHistory.of(first);
      Instant at = START;
      for (int n = d.between(1, 25); n > 0; n--) {
        MutualActionPlan current = history.current();
        PlanChange change = ChangeSamplers.change(d, current);
        StakeholderId actor = ChangeSamplers.actor(d, current, change);
        long basedOn = Math.max(first.version(), current.version() - d.between(0, 2));
        at = at.plusSeconds(d.between(0, 86_400));
        PlanHistory expected;
        try {
          expected = PlanEditor.standard().apply(history, basedOn, change, actor, at);
        } catch (ChangeRejectedException refused) {
          Instant when = at;
          assertThat(catchRejected(() -> store.append(tenant, first.id(), basedOn, change, actor, when)))
              .as("the store refuses %s as the editor does", change)
              .isNotNull().hasSameClassAs(refused).hasMessage(refused.getMessage());
          continue;
        }
        MutualActionPlan stored = store.append(tenant, first.id(), basedOn, change, actor, at);
        assertThat(stored).isEqualTo(expected.current());
        history = expected;
      }
      assertThat(store.history(tenant, first.id())).isEqualTo(history);
      assertThat(store.load(tenant, first.id())).isEqualTo(history.current());
      long version = d.between((int) first.version(), (int) history.current().version());
      assertThat(store.loadVersion(tenant, first.id(), version)).isEqualTo(history.version(version));
      assertThat(store.history(tenant, first.id(), version).events()).isEqualTo(history.eventsAfter(version));
      for (PlanEvent event : history.events()) {
        assertThat(store.loadAsOf(tenant, first.id(), event.at()).version()).isGreaterThanOrEqualTo(event.version());
      }
      store.verify(tenant, first.id());
    });
  }

  private static ChangeRejectedException catchRejected(Runnable append) {
    try {
      append.run();
      return null;
    } catch (ChangeRejectedException refused) {
      return refused;
    }
  }
}
