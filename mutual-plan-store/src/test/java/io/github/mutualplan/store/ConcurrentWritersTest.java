package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.history.EditConflictException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight writers append to one shared plan and each to a plan of its own, a fixed number of times, often against
 * a version that has moved on: every change accepted is stored exactly once, versions are contiguous, every
 * refusal is an edit conflict, and the stored histories replay and verify.
 */
class ConcurrentWritersTest {
  static final TenantId ACME = TenantId.of("acme");
  static final int WRITERS = 8;
  static final int ATTEMPTS = 24;
  static final List<CommitmentId> ITEMS = List.of(CommitmentId.of("discovery"),
      CommitmentId.of("security-questionnaire"), CommitmentId.of("budget-approval"),
      CommitmentId.of("vendor-registration"), CommitmentId.of("baa-review"));

  @ParameterizedTest
  @EnumSource(Database.class)
  void everyAcceptedChangeIsStoredOnceAndEveryRefusalIsAConflict(Database database) throws Exception {
    JdbcPlanStore store = JdbcPlanStore.builder(database.fresh()).snapshotInterval(7).build();
    Instant created = Instant.parse("2027-01-11T09:00:00Z");
    PlanId shared = PlanId.of("shared");
    store.create(ACME, SamplePlans.healthcareClosingPlan().build().withId(shared), created);
    for (int w = 0; w < WRITERS; w++) {
      store.create(ACME, SamplePlans.healthcareClosingPlan().build().withId(PlanId.of("own-" + w)), created);
    }
    Map<PlanId, List<String>> accepted = new ConcurrentHashMap<>();
    Map<PlanId, List<String>> conflicts = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(pool.submit(() -> {
        go.await();
        SplittableRandom random = new SplittableRandom(writer);
        for (int k = 0; k < ATTEMPTS; k++) {
          PlanId plan = k % 2 == 0 ? shared : PlanId.of("own-" + writer);
          MutualActionPlan seen = store.load(ACME, plan);
          String note = "writer " + writer + ", attempt " + k;
          long basedOn = Math.max(1, seen.version() - random.nextInt(3));
          try {
            store.append(ACME, plan, basedOn, PlanChange.noteCommitment(ITEMS.get(random.nextInt(ITEMS.size())),
                note), ALEX_AE, Clock.systemUTC());
            accepted.computeIfAbsent(plan, p -> Collections.synchronizedList(new ArrayList<>())).add(note);
          } catch (EditConflictException conflict) {
            conflicts.computeIfAbsent(plan, p -> Collections.synchronizedList(new ArrayList<>())).add(note);
          }
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> writer : writers) {
      writer.get();  // any other failure fails the test here
    }
    pool.shutdown();

    int total = 0;
    for (Map.Entry<PlanId, List<String>> plan : accepted.entrySet()) {
      PlanHistory history = store.history(ACME, plan.getKey());
      List<String> stored = history.events().stream()
          .filter(PlanEvent.ChangeApplied.class::isInstance)
          .map(e -> ((PlanChange.NoteCommitment) ((PlanEvent.ChangeApplied) e).change()).note())
          .collect(Collectors.toList());
      assertThat(stored).as("each accepted change of %s stored once", plan.getKey())
          .containsExactlyInAnyOrderElementsOf(plan.getValue());
      conflicts.getOrDefault(plan.getKey(), List.of()).forEach(refused -> assertThat(stored).doesNotContain(refused));
      assertThat(history.events()).extracting(PlanEvent::version).as("contiguous versions")
          .isEqualTo(LongStream.rangeClosed(2, history.current().version()).boxed()
              .collect(Collectors.toList()));
      assertThat(history.events()).extracting(PlanEvent::at).isSorted();
      store.verify(ACME, plan.getKey());
      total += stored.size() + conflicts.getOrDefault(plan.getKey(), List.of()).size();
    }
    assertThat(total).isEqualTo(WRITERS * ATTEMPTS);
    assertThat(conflicts.get(shared)).as("the shared plan saw conflicts").isNotEmpty();
    assertThat(accepted.get(shared).size()).as("and rebased changes").isGreaterThan(ITEMS.size());
  }
}
