package io.github.mutualplan.examples;

import static io.github.mutualplan.examples.Deals.ALEX;
import static io.github.mutualplan.examples.Deals.LEE;
import static io.github.mutualplan.examples.Deals.MARIA;
import static io.github.mutualplan.examples.Deals.SAM;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.history.EditConflictException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanNotification;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.store.Page;
import io.github.mutualplan.store.PlanQuery;
import io.github.mutualplan.store.PlanSummary;
import io.github.mutualplan.store.TenantId;
import io.github.mutualplan.template.Anchor;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The plans of a CRM's tenant in a store (module mutual-plan-store): Northwind Health's plan and two others kept in
 * an H2 database; three people change Northwind's at once, so that one change is rebased and one refused as a
 * conflict; queries find plans a page at a time; the outbox tells people of the changes; and a buyer's personal
 * data is erased from the whole stored history, which still verifies.
 *
 * <p>Run it with {@code java -jar mutual-plan-examples/target/mutual-plan-examples.jar store} (see README.md).
 */
public final class StoreExample {
  static final CommitmentId SECURITY_REVIEW = CommitmentId.of("security-review");
  static final CommitmentId CLINICAL_DEMO = CommitmentId.of("clinical-demo");
  /** Each run has a database of its own, for as long as the JVM runs. */
  private static final AtomicInteger RUNS = new AtomicInteger();

  private StoreExample() {}

  /** What the example did, for the tests: the store, the conflict refused and the notifications delivered. */
  record Outcome(JdbcPlanStore store, TenantId tenant, PlanId plan, EditConflictException conflict,
      List<PlanNotification> delivered) {}

  /** Runs the example and prints each step. */
  public static Outcome run(PrintWriter out) {
    // A store in an H2 database in memory, a new one each run; opening it makes its tables.
    JdbcPlanStore store = JdbcPlanStore.open("jdbc:h2:mem:store-example-" + RUNS.incrementAndGet(), "sa", "");
    TenantId acme = TenantId.of("acme");

    MutualActionPlan northwind = Deals.northwind().plan();
    Stakeholder kai = Deals.person("kai-berg", Side.BUYER, "Kai Berg", "Head of Engineering", Role.CHAMPION,
        Role.ECONOMIC_BUYER);
    MutualActionPlan contoso = Deals.instantiate("contoso", "Contoso", Deals.startup(), List.of(kai),
        Anchor.startOn(LocalDate.of(2027, 3, 1))).plan();
    store.create(acme, northwind, Deals.CREATED);
    store.create(acme, Deals.brightpath().plan().withSellerOwner(SAM.id()), Deals.CREATED); // Sam's deal
    store.create(acme, contoso, Deals.CREATED);
    PlanId id = northwind.id();
    MutualActionPlan plan = store.load(acme, id);
    out.printf("Tenant %s stores 3 plans; %s is version %d, a %s%n", acme, id, plan.version(), plan.kind());

    Instant at = Deals.CREATED.plusSeconds(3_600);
    plan = store.append(acme, id, 1, PlanChange.share(), ALEX.id(), at);
    out.printf("v%d %s shares it with the buyer: %s, %s%n", plan.version(), ALEX.id(), plan.kind(), plan.status());
    // Lee and Sam both opened version 2; Lee saves first.
    plan = store.append(acme, id, 2, PlanChange.startCommitment(SECURITY_REVIEW), LEE.id(), at.plusSeconds(600));
    out.printf("v%d %s starts '%s'%n", plan.version(), LEE.id(), title(plan, SECURITY_REVIEW));
    plan = store.append(acme, id, 2, PlanChange.startCommitment(CLINICAL_DEMO), SAM.id(), at.plusSeconds(1_200));
    out.printf("v%d %s starts '%s', made against version 2: rebased, as nothing since touched it%n",
        plan.version(), SAM.id(), title(plan, CLINICAL_DEMO));
    EditConflictException conflict;
    try {
      store.append(acme, id, 2, PlanChange.rescheduleCommitment(SECURITY_REVIEW, LocalDate.of(2027, 9, 3)),
          MARIA.id(), at.plusSeconds(1_800));
      throw new IllegalStateException("a change to what changed since was stored");
    } catch (EditConflictException e) {
      conflict = e;
      out.printf("%s moves it, also against version 2: refused%n  %s%n", MARIA.id(), e.getMessage());
    }
    MutualActionPlan before = store.loadAsOf(acme, id, at.plusSeconds(900));
    out.printf("Stored: version %d, %d events; as of %s it was version %d%n", store.load(acme, id).version(),
        store.history(acme, id).events().size(), at.plusSeconds(900), before.version());

    out.println();
    out.println("The outbox tells each side of what it may see:");
    List<PlanNotification> delivered = new ArrayList<>();
    int count = store.deliverNotifications(n -> {
      delivered.add(n);
      out.printf("  %-6s side, tell %s: %s%n", n.audience(), n.recipients().isEmpty() ? "nobody"
          : n.recipients().stream().map(Object::toString).collect(Collectors.joining(", ")), what(n.event()));
    }, 100);
    out.printf("  (%d notifications delivered, %d left)%n", count, store.deliverNotifications(n -> { }, 100));

    out.println();
    out.println("Acme's plans, two to a page:");
    PlanQuery query = PlanQuery.all().limit(2);
    for (Page<PlanSummary> page = store.query(acme, query); ; page = store.query(acme, page.next().get())) {
      page.items().forEach(s -> out.printf("  %-16s v%d %-6s %-18s %-15s closes %s, %s%n", s.id(), s.version(),
          s.status(), s.kind(), s.sellerOwner(), s.targetClose(), s.health().map(Enum::name).orElse("no health")));
      if (page.next().isEmpty()) {
        break;
      }
      out.println("  -- next page");
    }
    out.printf("Owned by %s: %s%n", ALEX.id(), ids(store.query(acme, PlanQuery.all().ownedBy(ALEX.id()))));
    out.printf("Closing in %s: %s%n", YearMonth.of(2027, 2),
        ids(store.query(acme, PlanQuery.all().closingIn(YearMonth.of(2027, 2)))));
    out.printf("Shared with the buyer: %s%n", ids(store.query(acme, PlanQuery.all().withStatus(PlanStatus.SHARED))));
    out.printf("Tenant globex asks for %s: %s%n", id,
        store.find(TenantId.of("globex"), id).isPresent() ? "found" : "no such plan");

    out.println();
    store.erase(acme, id, LEE.id(), at.plusSeconds(86_400));
    store.verify(acme, id); // replays the whole rewritten history and checks every snapshot; throws if not
    Stakeholder erased = store.load(acme, id).stakeholder(LEE.id()).orElseThrow();
    PlanEvent started = store.history(acme, id).events().get(1);
    out.printf("%s asks to be forgotten. Now %s is '%s', '%s', in version 1 too ('%s');%n", LEE.name(), LEE.id(),
        erased.name(), erased.title().orElse(""), store.loadVersion(acme, id, 1).stakeholder(LEE.id())
            .orElseThrow().name());
    out.printf("version %d is still by %s, and the stored history of %d events verifies%n", started.version(),
        started.actor(), store.history(acme, id).events().size());
    return new Outcome(store, acme, id, conflict, delivered);
  }

  private static String title(MutualActionPlan plan, CommitmentId commitment) {
    return plan.commitment(commitment).orElseThrow().title();
  }

  /** An event in a few words: who did what, in which version. */
  private static String what(PlanEvent event) {
    String did = event instanceof PlanEvent.ChangeApplied
        ? ((PlanEvent.ChangeApplied) event).change().toString() : event.getClass().getSimpleName();
    return "v" + event.version() + " by " + event.actor() + ", " + did;
  }

  private static String ids(Page<PlanSummary> page) {
    return page.items().stream().map(s -> s.id().key()).collect(Collectors.joining(", "));
  }
}
