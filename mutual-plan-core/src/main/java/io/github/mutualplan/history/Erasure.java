package io.github.mutualplan.history;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The erasure of one person's personal data from a plan's history (GDPR Art. 17): their name, job title and
 * e-mail address, in the first plan, in every version and in every event, replaced by placeholders, so that the
 * history still replays and verifies.
 *
 * <pre>{@code
 * Erasure erasure = Erasure.of(history, StakeholderId.of("maria-ops"));
 * PlanHistory erased = erasure.history(PlanPolicy.standard());  // replayed, so verified
 * erased.current().stakeholder(StakeholderId.of("maria-ops")).get().name();  // "Erased person"
 * }</pre>
 *
 * <p><b>Placeholders keep the history's shape.</b> Each distinct value the person's name had in the history gets
 * its own placeholder, in the order the values first appear: "Erased person", then "Erased person 2", and so on;
 * titles become "Erased title", "Erased title 2", ...; e-mail addresses {@code erased@erased.invalid},
 * {@code erased-2@erased.invalid}, ... (the {@code .invalid} domain of RFC 2606 reaches nobody). An absent value
 * stays absent. So a change that renamed the person still changes the name, and is material exactly when it
 * was: the events replayed from the erased first plan are the erased events, and the sign-offs a change made
 * stale are the same. The mapping replaces whole values only.
 *
 * <p><b>What is kept.</b> The person's {@linkplain StakeholderId identifier}, side and roles stay, as every
 * reference in the history (owners, responsibilities, sign-offs, the actor of each event) names the identifier;
 * choose identifiers that are not personal data (a CRM contact key rather than {@code maria-lopez}) if they must
 * be erasable. Free texts (a commitment's description, a closing reason) are not searched for the person: erase
 * a mention there with an ordinary change.
 *
 * <p>An erasure is an immutable value, made from one history; it also erases any version of that history
 * ({@link #plan(MutualActionPlan)}, its buyer's view included) and any of its events ({@link #event(PlanEvent)}),
 * for a store that keeps snapshots and notifications beside the history. Instances are immutable and safe to
 * share between threads.
 *
 * @since 0.1.0
 */
public final class Erasure {
  private static final String EMAIL_DOMAIN = "@erased.invalid";

  private final PlanHistory history;
  private final StakeholderId person;
  private final Map<String, String> names;
  private final Map<String, String> titles;
  private final Map<String, String> emails;

  private Erasure(PlanHistory history, StakeholderId person, Map<String, String> names, Map<String, String> titles,
      Map<String, String> emails) {
    this.history = history;
    this.person = person;
    this.names = names;
    this.titles = titles;
    this.emails = emails;
  }

  /**
   * The erasure of a person from a history.
   *
   * @param history the history, from its first version or from a later one
   * @param person the stakeholder whose personal data is erased
   * @return the erasure
   * @throws IllegalArgumentException if the person is no stakeholder in any version of the history
   */
  public static Erasure of(PlanHistory history, StakeholderId person) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(person, "person");
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> emails = new LinkedHashMap<>();
    for (Stakeholder seen : appearances(history, person)) {
      names.computeIfAbsent(seen.name(), v -> numbered("Erased person", names.size() + 1));
      seen.title().ifPresent(title -> titles.computeIfAbsent(title, v -> numbered("Erased title", titles.size() + 1)));
      seen.email().ifPresent(email -> emails.computeIfAbsent(email,
          v -> (emails.isEmpty() ? "erased" : "erased-" + (emails.size() + 1)) + EMAIL_DOMAIN));
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("person: '" + person + "' is no stakeholder in the history of plan '"
          + history.first().id() + "'");
    }
    return new Erasure(history, person, Map.copyOf(names), Map.copyOf(titles), Map.copyOf(emails));
  }

  /** The person whose personal data is erased. */
  public StakeholderId person() {
    return person;
  }

  /**
   * The history with the person's data erased, replayed from its erased first plan under a policy, and so
   * verified as any stored history is.
   *
   * @param policy the policy the history was made under
   * @return the erased history; equal to the original one but for the person's data
   * @throws InvalidHistoryException if the erased history does not replay under the policy: a policy that
   *     judges a change by the person's name, say
   */
  public PlanHistory history(PlanPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    List<PlanEvent> events = history.events().stream().map(this::event).collect(ImmutableList.toImmutableList());
    return PlanHistory.replay(plan(history.first()), events, policy);
  }

  /**
   * A version of the history, or its buyer's view, with the person's data erased.
   *
   * @throws IllegalArgumentException if the plan holds a value of the person's that the history does not
   */
  public MutualActionPlan plan(MutualActionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (plan.stakeholder(person).isEmpty()) {
      return plan;
    }
    return plan.withStakeholders(plan.stakeholders().stream().map(this::stakeholder).collect(Collectors.toList()));
  }

  /**
   * An event of the history, or one as the buyer sees it, with the person's data erased: the stakeholder a change
   * adds or updates. Other events are returned as they are.
   *
   * @throws IllegalArgumentException if the event holds a value of the person's that the history does not
   */
  public PlanEvent event(PlanEvent event) {
    Objects.requireNonNull(event, "event");
    if (!(event instanceof PlanEvent.ChangeApplied)) {
      return event;
    }
    PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
    PlanChange change = applied.change();
    PlanChange erased = change;
    if (change instanceof PlanChange.AddStakeholder) {
      erased = PlanChange.addStakeholder(stakeholder(((PlanChange.AddStakeholder) change).stakeholder()));
    } else if (change instanceof PlanChange.UpdateStakeholder) {
      erased = PlanChange.updateStakeholder(stakeholder(((PlanChange.UpdateStakeholder) change).stakeholder()));
    }
    return erased.equals(change) ? event
        : PlanEvent.changeApplied(event.version(), event.at(), event.actor(), erased, applied.material());
  }

  private Stakeholder stakeholder(Stakeholder stakeholder) {
    if (!stakeholder.id().equals(person)) {
      return stakeholder;
    }
    return stakeholder.withName(placeholder(names, "name", stakeholder.name()))
        .withTitle(stakeholder.title().map(t -> placeholder(titles, "title", t)))
        .withEmail(stakeholder.email().map(e -> placeholder(emails, "email", e)));
  }

  private String placeholder(Map<String, String> values, String field, String value) {
    String placeholder = values.get(value);
    if (placeholder == null) {
      if (values.containsValue(value)) {
        return value;  // erased already
      }
      throw new IllegalArgumentException(field + ": a value of '" + person + "' that the history of plan '"
          + history.first().id() + "' does not hold; erase a plan or event of the history the erasure was made of");
    }
    return placeholder;
  }

  /** Every form in which the person appears in the history, in order: in the first plan, then in the events. */
  private static List<Stakeholder> appearances(PlanHistory history, StakeholderId person) {
    ImmutableList.Builder<Stakeholder> seen = ImmutableList.builder();
    history.first().stakeholder(person).ifPresent(seen::add);
    Function<PlanChange, Optional<Stakeholder>> stakeholderOf = change ->
        change instanceof PlanChange.AddStakeholder ? Optional.of(((PlanChange.AddStakeholder) change).stakeholder())
        : change instanceof PlanChange.UpdateStakeholder
            ? Optional.of(((PlanChange.UpdateStakeholder) change).stakeholder()) : Optional.empty();
    for (PlanEvent event : history.events()) {
      if (event instanceof PlanEvent.ChangeApplied) {
        stakeholderOf.apply(((PlanEvent.ChangeApplied) event).change())
            .filter(s -> s.id().equals(person)).ifPresent(seen::add);
      }
    }
    return seen.build();
  }

  private static String numbered(String text, int number) {
    return number == 1 ? text : text + " " + number;
  }

  /** Returns the plan and the person, not their data. */
  @Override
  public String toString() {
    return "Erasure{plan=" + history.first().id() + ", person=" + person + "}";
  }
}
