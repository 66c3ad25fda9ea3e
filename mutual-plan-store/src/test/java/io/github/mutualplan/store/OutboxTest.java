package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DEAL_DESK;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanNotification;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The notifications of stored changes, kept with the change and delivered afterwards as the editor made them. */
class OutboxTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");
  static final CommitmentId QUESTIONNAIRE = CommitmentId.of("security-questionnaire");
  static final Stakeholder KIM = Stakeholder.builder().id(StakeholderId.of("kim-it")).side(Side.BUYER)
      .name("Kim Park").title("IT Director").email("kim.park@northwind.example").addRole(Role.TECHNICAL_EVALUATOR)
      .build();

  /** The changes of the shared plan, each with its actor: internal items, shared ones and a new buyer. */
  static final List<Object[]> CHANGES = List.of(
      new Object[] {PlanChange.noteCommitment(DEAL_DESK, "Discount at 12%"), ALEX_AE},
      new Object[] {PlanChange.startCommitment(QUESTIONNAIRE), ALEX_AE},
      new Object[] {PlanChange.addStakeholder(KIM), ALEX_AE},
      new Object[] {PlanChange.noteCommitment(CommitmentId.of("budget-approval"), "On the agenda"), MARIA_OPS});

  @ParameterizedTest
  @EnumSource(Database.class)
  void theListenerHearsWhatTheEditorsListenerWouldHaveHeardInOrder(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareSharedPlan();
    store.create(ACME, plan, MONDAY);
    List<PlanNotification> expected = new ArrayList<>();
    PlanEditor editor = PlanEditor.standard().withListener(expected::add);
    PlanHistory history = PlanHistory.of(plan);
    for (int i = 0; i < CHANGES.size(); i++) {
      PlanChange change = (PlanChange) CHANGES.get(i)[0];
      StakeholderId actor = (StakeholderId) CHANGES.get(i)[1];
      store.append(ACME, plan.id(), plan.version() + i, change, actor, MONDAY.plusSeconds(60L * (i + 1)));
      history = editor.apply(history, change, actor, MONDAY.plusSeconds(60L * (i + 1)));
    }

    List<PlanNotification> heard = new ArrayList<>();
    int delivered = store.deliverNotifications(heard::add, 3) + store.deliverNotifications(heard::add, 100);

    assertThat(heard).isEqualTo(expected);
    assertThat(delivered).isEqualTo(expected.size());
    assertThat(store.deliverNotifications(heard::add, 100)).as("each is delivered once").isZero();
    assertThat(heard).filteredOn(n -> n.audience() == Side.BUYER)
        .allSatisfy(n -> assertThat(n.plan().commitment(DEAL_DESK)).as("never an internal item").isEmpty())
        .extracting(n -> n.event().version()).isNotEmpty().doesNotContain(4L);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aFailingListenerGetsThePlansNotificationsAgainInOrderWhileOtherPlansGoOn(Database database) {
    JdbcPlanStore store = database.store();
    for (String key : List.of("first", "second")) {
      PlanId id = PlanId.of(key);
      store.create(ACME, SamplePlans.healthcareSharedPlan().withId(id), MONDAY);
      store.append(ACME, id, 3, PlanChange.startCommitment(QUESTIONNAIRE), ALEX_AE, MONDAY.plusSeconds(60));
      store.append(ACME, id, 4, PlanChange.noteCommitment(QUESTIONNAIRE, "Sent"), ALEX_AE, MONDAY.plusSeconds(120));
    }
    List<String> heard = new ArrayList<>();
    int[] calls = {0};

    int firstRound = store.deliverNotifications(n -> {
      if (n.plan().id().key().equals("first") && ++calls[0] == 2) {
        throw new IllegalStateException("mail server down");
      }
      heard.add(n.plan().id() + "@" + n.event().version() + "/" + n.audience());
    }, 100);
    int secondRound = store.deliverNotifications(n -> heard.add(n.plan().id() + "@" + n.event().version() + "/"
        + n.audience()), 100);

    List<String> first = heard.stream().filter(h -> h.startsWith("first")).collect(Collectors.toList());
    assertThat(first).containsExactly("first@4/SELLER", "first@4/BUYER", "first@5/SELLER", "first@5/BUYER");
    assertThat(heard.stream().filter(h -> h.startsWith("second"))).hasSize(4);
    assertThat(firstRound).isEqualTo(1 + 4);
    assertThat(secondRound).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aPollerDeliversOnItsSchedule(Database database) throws InterruptedException {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareSharedPlan();
    store.create(ACME, plan, MONDAY);
    List<PlanEvent> heard = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    OutboxPoller poller = OutboxPoller.start(store, n -> heard.add(n.event()), scheduler, Duration.ofMillis(10));
    try {
      store.append(ACME, plan.id(), 3, PlanChange.startCommitment(QUESTIONNAIRE), ALEX_AE, MONDAY.plusSeconds(60));
      for (int i = 0; i < 500 && heard.size() < 2; i++) {
        Thread.sleep(10);
      }
    } finally {
      poller.close();
      scheduler.shutdown();
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThat(heard).extracting(PlanEvent::version).containsExactly(4L, 4L);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void anErasureReachesTheNotificationsNotYetDelivered(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareSharedPlan();
    store.create(ACME, plan, MONDAY);
    store.append(ACME, plan.id(), 3, PlanChange.addStakeholder(KIM), ALEX_AE, MONDAY.plusSeconds(60));

    store.erase(ACME, plan.id(), KIM.id(), MONDAY.plusSeconds(120));
    List<PlanNotification> heard = new ArrayList<>();
    store.deliverNotifications(heard::add, 100);

    assertThat(heard).isNotEmpty().allSatisfy(n -> {
      assertThat(n.toString()).doesNotContain("Kim Park", "IT Director", "kim.park");
      assertThat(((PlanChange.AddStakeholder) ((PlanEvent.ChangeApplied) n.event()).change()).stakeholder().name())
          .isEqualTo("Erased person");
    });
    assertThat(store.history(ACME, plan.id()).toString() + store.load(ACME, plan.id()).stakeholders())
        .doesNotContain("Kim Park");
  }
}
