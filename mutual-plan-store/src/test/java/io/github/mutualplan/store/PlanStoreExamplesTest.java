package io.github.mutualplan.store;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.LEE_CISO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;
import static io.github.mutualplan.testing.SamplePlans.SAM_SE;
import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Role;
import io.github.mutualplan.history.ChangeNotPermittedException;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.EditConflictException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.SamplePlans;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a service does with a store, step by step, on H2 and on a real PostgreSQL. */
class PlanStoreExamplesTest {
  static final TenantId ACME = TenantId.of("acme");
  static final Instant MONDAY = Instant.parse("2027-01-11T09:00:00Z");
  static final CommitmentId DISCOVERY = CommitmentId.of("discovery");
  static final CommitmentId QUESTIONNAIRE = CommitmentId.of("security-questionnaire");

  @ParameterizedTest
  @EnumSource(Database.class)
  void aPlanIsCreatedChangedAndLoadedAsTheEditorWouldHaveIt(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();

    store.create(ACME, plan, MONDAY);
    MutualActionPlan v2 = store.append(ACME, plan.id(), 1, PlanChange.grantRole(DANA_CFO, Role.ECONOMIC_BUYER),
        ALEX_AE, MONDAY.plusSeconds(60));
    MutualActionPlan v3 = store.append(ACME, plan.id(), 2, PlanChange.share(MARIA_OPS), ALEX_AE,
        MONDAY.plusSeconds(120));

    PlanHistory expected = SamplePlans.agreedHistory(PlanEditor.standard(), MONDAY.plusSeconds(60));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v3).isEqualTo(expected.version(3).withVersion(3));
    assertThat(store.load(ACME, plan.id())).isEqualTo(v3);
    assertThat(store.loadVersion(ACME, plan.id(), 1)).isEqualTo(plan);
    assertThat(store.history(ACME, plan.id()).events()).hasSize(2);
    assertThat(store.history(ACME, plan.id(), 2).first()).isEqualTo(v2);
    assertThat(store.loadAsOf(ACME, plan.id(), MONDAY.plusSeconds(90))).isEqualTo(v2);
    assertThat(store.loadAsOf(ACME, plan.id(), MONDAY)).isEqualTo(plan);
    assertThatThrownBy(() -> store.loadAsOf(ACME, plan.id(), MONDAY.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before plan 'northwind-claims-2027'");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void timesAreKeptToTheMicrosecondAsTheDatabaseKeepsThem(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    Instant nanos = MONDAY.plusNanos(123_456_789);
    store.create(ACME, plan, nanos);

    store.append(ACME, plan.id(), 1, PlanChange.startCommitment(DISCOVERY), ALEX_AE, Clock.fixed(nanos, UTC));
    store.append(ACME, plan.id(), 2, PlanChange.startCommitment(QUESTIONNAIRE), SAM_SE, nanos.plusNanos(999));

    assertThat(store.history(ACME, plan.id()).events()).extracting(PlanEvent::at)
        .containsExactly(MONDAY.plusNanos(123_456_000), MONDAY.plusNanos(123_457_000));
    assertThat(store.load(ACME, plan.id()).version()).isEqualTo(3);
    PlanHistory finer = PlanEditor.standard().apply(PlanHistory.of(SamplePlans.healthcareClosingPlan().id(PlanId.of("finer")).build()),
        PlanChange.startCommitment(DISCOVERY), ALEX_AE, nanos);
    assertThatThrownBy(() -> store.create(ACME, finer, MONDAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history: the event of version 2 is at 2027-01-11T09:00:00.123456789Z, finer than the "
            + "microsecond the store keeps times to");
    assertThat(store.find(ACME, PlanId.of("finer"))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aChangeMadeAgainstAnOlderVersionIsRebasedOrRefusedAsTheEditorDoes(Database database) {
    JdbcPlanStore store = database.store();
    PlanId id = create(store).id();
    store.append(ACME, id, 1, PlanChange.startCommitment(DISCOVERY), ALEX_AE, MONDAY.plusSeconds(60));

    MutualActionPlan rebased = store.append(ACME, id, 1, PlanChange.startCommitment(QUESTIONNAIRE), SAM_SE,
        MONDAY.plusSeconds(120));
    EditConflictException conflict = catchThrowableOfType(EditConflictException.class, () -> store.append(ACME, id,
        1, PlanChange.completeCommitment(DISCOVERY, LocalDate.of(2027, 1, 15)), ALEX_AE, MONDAY.plusSeconds(180)));

    assertThat(rebased.version()).isEqualTo(3);
    assertThat(rebased.commitment(QUESTIONNAIRE).orElseThrow().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(conflict.item()).isEqualTo("commitments[discovery]");
    assertThat(conflict.conflictingVersion()).isEqualTo(2);
    assertThat(store.load(ACME, id).version()).as("nothing stored of the refused change").isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aRefusedChangeStoresNothing(Database database) {
    JdbcPlanStore store = database.store();
    PlanId id = create(store).id();

    assertThatThrownBy(() -> store.append(ACME, id, 1, PlanChange.completeCommitment(DISCOVERY,
        LocalDate.of(2027, 1, 15)), LEE_CISO, MONDAY.plusSeconds(60)))
        .isInstanceOf(ChangeNotPermittedException.class);
    assertThatThrownBy(() -> store.append(ACME, id, 1, PlanChange.startCommitment(CommitmentId.of("nothing")),
        ALEX_AE, MONDAY.plusSeconds(60))).isInstanceOf(ChangeRejectedException.class)
        .hasMessageContaining("nothing");

    assertThat(store.history(ACME, id).events()).isEmpty();
    assertThat(store.deliverNotifications(n -> { }, 10)).as("no notification kept").isZero();
    assertThat(store.append(ACME, id, 1, PlanChange.startCommitment(DISCOVERY), ALEX_AE, MONDAY.plusSeconds(60))
        .version()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void theSameIdentifierTwiceIsRefusedAndAnUnknownPlanIsNotFound(Database database) {
    JdbcPlanStore store = database.store();
    MutualActionPlan plan = create(store);

    assertThatThrownBy(() -> store.create(ACME, plan, MONDAY)).isInstanceOf(DuplicatePlanException.class)
        .hasMessage("plan: tenant 'acme' has stored a plan 'northwind-claims-2027' already; append changes to it, "
            + "or delete it first");
    assertThatThrownBy(() -> store.load(ACME, PlanId.of("nowhere"))).isInstanceOf(PlanNotFoundException.class)
        .hasMessage("plan: no plan 'nowhere' is stored for tenant 'acme'");
    assertThat(store.find(ACME, PlanId.of("nowhere"))).isEmpty();
    assertThatThrownBy(() -> store.loadVersion(ACME, plan.id(), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version: 2 is not a version of plan 'northwind-claims-2027' (1 to 1)");
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void queriesFindPlansByTheirColumnsAPageAtATime(Database database) {
    JdbcPlanStore store = database.store();
    for (int i = 0; i < 7; i++) {
      MutualActionPlan plan = SamplePlans.healthcareClosingPlan().id(PlanId.of("deal-" + i))
          .targetClose(LocalDate.of(2027, 6 + i % 2, 30)).build();
      store.create(ACME, plan, MONDAY.plusSeconds(i));
    }
    store.create(ACME, SamplePlans.healthcareSharedPlan().withId(PlanId.of("shared")), MONDAY);
    store.append(ACME, PlanId.of("deal-3"), 1, PlanChange.startCommitment(DISCOVERY), ALEX_AE,
        MONDAY.plusSeconds(3600));

    List<String> pages = new ArrayList<>();
    PlanQuery closingPlans = PlanQuery.all().ofKind(PlanKind.CLOSING_PLAN).limit(3);
    for (Page<PlanSummary> page = store.query(ACME, closingPlans); ; page = store.query(ACME, page.next().get())) {
      pages.add(page.items().stream().map(s -> s.id().key()).reduce((a, b) -> a + "," + b).orElse(""));
      if (page.next().isEmpty()) {
        break;
      }
    }

    assertThat(pages).containsExactly("deal-0,deal-1,deal-2", "deal-3,deal-4,deal-5", "deal-6");
    assertThat(ids(store.query(ACME, PlanQuery.all().closingIn(YearMonth.of(2027, 7)))))
        .containsExactly("deal-1", "deal-3", "deal-5");
    assertThat(ids(store.query(ACME, PlanQuery.all().withStatus(PlanStatus.SHARED)))).containsExactly("shared");
    assertThat(ids(store.query(ACME, PlanQuery.all().ownedBy(ALEX_AE)))).hasSize(8);
    assertThat(ids(store.query(ACME, PlanQuery.all().ownedBy(SAM_SE)))).isEmpty();
    assertThat(ids(store.query(ACME, PlanQuery.all().updatedSince(MONDAY.plusSeconds(60))))).containsExactly("deal-3");
    PlanSummary deal3 = store.query(ACME, PlanQuery.all().after(PlanId.of("deal-2")).limit(1)).items().get(0);
    assertThat(deal3.version()).isEqualTo(2);
    assertThat(deal3.updatedAt()).isEqualTo(MONDAY.plusSeconds(3600));
    assertThat(deal3.health()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aDeletedPlanIsGoneWithItsHistory(Database database) {
    JdbcPlanStore store = database.store();
    PlanId id = create(store).id();
    store.append(ACME, id, 1, PlanChange.startCommitment(DISCOVERY), ALEX_AE, MONDAY.plusSeconds(60));

    assertThat(store.delete(ACME, id)).isTrue();
    assertThat(store.delete(ACME, id)).isFalse();
    assertThat(store.find(ACME, id)).isEmpty();
    store.create(ACME, SamplePlans.healthcareClosingPlan().build(), MONDAY);
    assertThat(store.history(ACME, id).events()).isEmpty();
  }

  static MutualActionPlan create(PlanStore store) {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    store.create(ACME, plan, MONDAY);
    return plan;
  }

  static List<String> ids(Page<PlanSummary> page) {
    return page.items().stream().map(s -> s.id().key()).collect(Collectors.toList());
  }
}
