package io.github.mutualplan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A mutual action plan or closing plan: one deal's path to closed-won, as an immutable, validated value.
 *
 * <p>A <em>closing plan</em> ({@link PlanKind#CLOSING_PLAN}) lists the steps the seller must take and stays
 * internal. Once a champion and an economic buyer are known it becomes a <em>mutual action plan</em>
 * ({@link PlanKind#MUTUAL_ACTION_PLAN}), shared with the buyer and owned jointly by the seller's owner and the
 * buyer's co-owner, who both sign it off.
 *
 * <pre>{@code
 * StakeholderId ae = StakeholderId.of("alex-ae");
 * MutualActionPlan plan = MutualActionPlan.builder()
 *     .id(PlanId.of("northwind-2027"))
 *     .title("Northwind Health: claims automation")
 *     .deal(Deal.of("Northwind Health", Money.of("480000", "USD")))
 *     .sellerOrganization("Acme Software")
 *     .buyerOrganization("Northwind Health")
 *     .start(LocalDate.of(2027, 1, 4))
 *     .targetClose(LocalDate.of(2027, 6, 30))
 *     .zone(ZoneId.of("America/Chicago"))
 *     .sellerOwner(ae)
 *     .addStakeholder(Stakeholder.builder()
 *         .id(ae).side(Side.SELLER).name("Alex Kim").addRole(Role.ACCOUNT_EXECUTIVE).build())
 *     .addCommitment(Commitment.builder()
 *         .id(CommitmentId.of("discovery")).title("Discovery workshop").owingSide(Side.SELLER)
 *         .durationDays(2).addResponsibility(Responsibility.accountable(ae)).build())
 *     .build(); // throws PlanValidationException listing every broken rule
 * }</pre>
 *
 * <p><b>Rules.</b> Building (and every {@code with*} copy) checks all the {@link PlanRule}s and reports every
 * violation at once in a {@link PlanValidationException}; no invalid plan object can exist. In short:
 * identifiers are unique and every reference resolves; dependencies form a DAG (a cycle is reported with its
 * path); each commitment has exactly one accountable person on the side that owes it; dates are ordered; a
 * mutual action plan has a buyer co-owner, a champion and an economic buyer. The rules of {@link PlanRule}
 * say the rest.
 *
 * <p><b>Kept graph.</b> Scheduling, assessing or forecasting a plan resolves its dependencies into a compact
 * graph. A plan of 64 commitments or more keeps it after the first time, so that the next ones work on arrays
 * instead of reading every commitment again: 56 to 71 bytes per commitment, some 15 to 19 % of the plan's own
 * size (8 more for a plan that lists a commitment before what it depends on). A {@code with*} copy computes
 * its own. A smaller plan, as most are, keeps nothing: it is read again in a few microseconds, and a portfolio
 * holding many of them would pay more in memory than it saves. Equality, hashing and {@code toString} do not
 * see the graph.
 *
 * <p><b>Gate.</b> The sharing gate built into the model (buyer co-owner, champion, economic buyer) is the
 * floor: a team may demand more before a closing plan is converted, never less, so that every mutual action
 * plan anywhere meets it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MutualActionPlan {
  MutualActionPlan() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The plan's identifier. */
  public abstract PlanId id();

  /** What the plan is called, for example {@code "Northwind Health: claims automation"}; not blank. */
  public abstract String title();

  /** The deal the plan closes. */
  public abstract Deal deal();

  /** The selling organisation's name; not blank. */
  public abstract String sellerOrganization();

  /** The buying organisation's name; not blank. */
  public abstract String buyerOrganization();

  /** The first day of the plan; no date in the plan comes before it. */
  public abstract LocalDate start();

  /** The date both sides aim to close by; not before {@link #start()}. */
  public abstract LocalDate targetClose();

  /** The time zone the plan's dates are in. */
  public abstract ZoneId zone();

  /**
   * The working calendar of the buyer's people, by name; {@link CalendarId#WEEKDAYS} unless set. Every service
   * schedules the buyer's commitments in it unless its caller overrides it.
   */
  @Value.Default
  public CalendarId buyerCalendar() {
    return CalendarId.WEEKDAYS;
  }

  /**
   * The working calendar of the seller's people, by name; {@link CalendarId#WEEKDAYS} unless set. The close and
   * the plan's milestones count in it.
   */
  @Value.Default
  public CalendarId sellerCalendar() {
    return CalendarId.WEEKDAYS;
  }

  /** Whether the plan is the seller's internal closing plan or a shared mutual action plan. */
  @Value.Default
  public PlanKind kind() {
    return PlanKind.CLOSING_PLAN;
  }

  /** Where the plan is in its life; {@link PlanStatus#DRAFT} unless set. */
  @Value.Default
  public PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  /** The seller-side owner, usually the account executive. */
  public abstract StakeholderId sellerOwner();

  /** The buyer-side co-owner, the buyer's primary contact; required once the plan is shared. */
  public abstract Optional<StakeholderId> buyerCoOwner();

  /** The people of both sides. */
  public abstract List<Stakeholder> stakeholders();

  /** The outcomes both sides want. */
  public abstract List<Objective> objectives();

  /** The numbers that show the objectives were reached. */
  public abstract List<SuccessMetric> successMetrics();

  /** The factors the buyer decides on. */
  public abstract List<DecisionCriterion> decisionCriteria();

  /** The checkpoints and decision points. */
  public abstract List<Milestone> milestones();

  /** The actions each side commits to, in the plan's order. */
  public abstract List<Commitment> commitments();

  /** The owners' sign-offs, at most one per owner (the latest); some may be {@linkplain SignOff#stale() stale}. */
  public abstract List<SignOff> signOffs();

  /** How and why the plan ended: present exactly when the status is closed. */
  public abstract Optional<Closure> closure();

  /** The plan's version: 1 for the first, one more for each change. */
  @Value.Default
  public long version() {
    return 1;
  }

  /** The template and rules the plan was made from, if it was made from one. */
  public abstract Optional<Provenance> provenance();

  @Value.Check
  final void validate() {
    PlanValidator.validate(this);
  }

  @Value.Lazy
  Map<StakeholderId, Stakeholder> stakeholderIndex() {
    return index(stakeholders(), Stakeholder::id);
  }

  @Value.Lazy
  Map<CommitmentId, Commitment> commitmentIndex() {
    return index(commitments(), Commitment::id);
  }

  @Value.Lazy
  Map<MilestoneId, Milestone> milestoneIndex() {
    return index(milestones(), Milestone::id);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    ImmutableMap.Builder<K, V> index = ImmutableMap.builderWithExpectedSize(values.size());
    values.forEach(v -> index.put(key.apply(v), v));
    return index.buildOrThrow();
  }

  /** The calendar of one side, by name. */
  public final CalendarId calendar(Side side) {
    return Objects.requireNonNull(side, "side") == Side.BUYER ? buyerCalendar() : sellerCalendar();
  }

  /** The stakeholder with this identifier, if the plan has one. */
  public final Optional<Stakeholder> stakeholder(StakeholderId id) {
    return Optional.ofNullable(stakeholderIndex().get(Objects.requireNonNull(id, "id")));
  }

  /** The commitment with this identifier, if the plan has one. */
  public final Optional<Commitment> commitment(CommitmentId id) {
    return Optional.ofNullable(commitmentIndex().get(Objects.requireNonNull(id, "id")));
  }

  /** The milestone with this identifier, if the plan has one. */
  public final Optional<Milestone> milestone(MilestoneId id) {
    return Optional.ofNullable(milestoneIndex().get(Objects.requireNonNull(id, "id")));
  }

  /** The decision criterion with this identifier, if the plan has one. */
  public final Optional<DecisionCriterion> decisionCriterion(DecisionCriterionId id) {
    Objects.requireNonNull(id, "id");
    return decisionCriteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The closing milestone, whose date is the projected close, if the plan names one. */
  public final Optional<Milestone> closingMilestone() {
    return milestones().stream().filter(Milestone::closing).findFirst();
  }

  /** The commitments the buyer owes, in the plan's order. */
  public final List<Commitment> customerPledges() {
    return commitments().stream()
        .filter(Commitment::isCustomerPledge)
        .collect(ImmutableList.toImmutableList());
  }

  /** The stakeholders who play this role, in the plan's order. */
  public final List<Stakeholder> stakeholdersWith(Role role) {
    Objects.requireNonNull(role, "role");
    return stakeholders().stream().filter(s -> s.hasRole(role)).collect(ImmutableList.toImmutableList());
  }

  /** The owners: the seller owner, then the buyer co-owner if named. */
  public final List<StakeholderId> owners() {
    return buyerCoOwner().map(buyer -> List.of(sellerOwner(), buyer)).orElse(List.of(sellerOwner()));
  }

  /** Whether this stakeholder has a sign-off on the plan that is not stale. */
  public final boolean isSignedOffBy(StakeholderId stakeholder) {
    Objects.requireNonNull(stakeholder, "stakeholder");
    return signOffs().stream().anyMatch(s -> s.stakeholder().equals(stakeholder) && !s.stale());
  }

  /**
   * The plan as the buyer sees it: without internal commitments, internal milestones and provenance. A
   * shared commitment that depended on an internal one depends, instead, on the shared commitments behind it.
   *
   * @return the buyer's view, itself a valid plan
   * @throws IllegalStateException if this is a closing plan, which the buyer never sees
   */
  public final MutualActionPlan buyerView() {
    return BuyerViews.of(this);
  }

  /**
   * The hand-off to onboarding, for a plan closed won; empty for any other.
   *
   * @see OnboardingHandOff
   */
  public final Optional<OnboardingHandOff> onboardingHandOff() {
    if (status() != PlanStatus.CLOSED_WON) {
      return Optional.empty();
    }
    Optional<LocalDate> closing = closingMilestone().map(Milestone::targetDate);
    List<Commitment> postSale = commitments().stream()
        .filter(c -> c.status() != CommitmentStatus.CANCELLED)
        .filter(c -> c.tags().contains(OnboardingHandOff.ONBOARDING_TAG)
            || c.milestone().flatMap(this::milestone).map(Milestone::targetDate)
                .flatMap(date -> closing.map(date::isAfter)).orElse(false))
        .collect(ImmutableList.toImmutableList());
    return Optional.of(OnboardingHandOff.of(this, closure().orElseThrow(), postSale));
  }

  /** Returns the identifier, kind, status, version and size, not the whole content. */
  @Override
  public final String toString() {
    return "MutualActionPlan{id=" + id() + ", kind=" + kind() + ", status=" + status() + ", version=" + version()
        + ", " + stakeholders().size() + " stakeholders, " + milestones().size() + " milestones, "
        + commitments().size() + " commitments}";
  }

  /**
   * Builds a {@link MutualActionPlan}. Required: {@code id}, {@code title}, {@code deal}, both organisations,
   * {@code start}, {@code targetClose}, {@code zone} and {@code sellerOwner}. {@link #build()} checks every
   * rule and throws {@link PlanValidationException} listing all violations.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(MutualActionPlan)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link MutualActionPlan#id() id}: {@code id(PlanId)}
   *   <li>{@link MutualActionPlan#title() title}: {@code title(String)}
   *   <li>{@link MutualActionPlan#deal() deal}: {@code deal(Deal)}
   *   <li>{@link MutualActionPlan#sellerOrganization() sellerOrganization}: {@code sellerOrganization(String)}
   *   <li>{@link MutualActionPlan#buyerOrganization() buyerOrganization}: {@code buyerOrganization(String)}
   *   <li>{@link MutualActionPlan#start() start}: {@code start(LocalDate)}
   *   <li>{@link MutualActionPlan#targetClose() targetClose}: {@code targetClose(LocalDate)}
   *   <li>{@link MutualActionPlan#zone() zone}: {@code zone(ZoneId)}
   *   <li>{@link MutualActionPlan#buyerCalendar() buyerCalendar}: {@code buyerCalendar(CalendarId)}
   *   <li>{@link MutualActionPlan#sellerCalendar() sellerCalendar}: {@code sellerCalendar(CalendarId)}
   *   <li>{@link MutualActionPlan#kind() kind}: {@code kind(PlanKind)}
   *   <li>{@link MutualActionPlan#status() status}: {@code status(PlanStatus)}
   *   <li>{@link MutualActionPlan#sellerOwner() sellerOwner}: {@code sellerOwner(StakeholderId)}
   *   <li>{@link MutualActionPlan#buyerCoOwner() buyerCoOwner}: {@code buyerCoOwner(StakeholderId)},
   *       {@code buyerCoOwner(Optional<StakeholderId>)}
   *   <li>{@link MutualActionPlan#stakeholders() stakeholders}: {@code addStakeholder(Stakeholder)},
   *       {@code addStakeholders(Stakeholder...)}, {@code stakeholders(Iterable<Stakeholder>)},
   *       {@code addAllStakeholders(Iterable<Stakeholder>)}
   *   <li>{@link MutualActionPlan#objectives() objectives}: {@code addObjective(Objective)},
   *       {@code addObjectives(Objective...)}, {@code objectives(Iterable<Objective>)},
   *       {@code addAllObjectives(Iterable<Objective>)}
   *   <li>{@link MutualActionPlan#successMetrics() successMetrics}: {@code addSuccessMetric(SuccessMetric)},
   *       {@code addSuccessMetrics(SuccessMetric...)}, {@code successMetrics(Iterable<SuccessMetric>)},
   *       {@code addAllSuccessMetrics(Iterable<SuccessMetric>)}
   *   <li>{@link MutualActionPlan#decisionCriteria() decisionCriteria}:
   *       {@code addDecisionCriterion(DecisionCriterion)}, {@code addDecisionCriteria(DecisionCriterion...)},
   *       {@code decisionCriteria(Iterable<DecisionCriterion>)},
   *       {@code addAllDecisionCriteria(Iterable<DecisionCriterion>)}
   *   <li>{@link MutualActionPlan#milestones() milestones}: {@code addMilestone(Milestone)},
   *       {@code addMilestones(Milestone...)}, {@code milestones(Iterable<Milestone>)},
   *       {@code addAllMilestones(Iterable<Milestone>)}
   *   <li>{@link MutualActionPlan#commitments() commitments}: {@code addCommitment(Commitment)},
   *       {@code addCommitments(Commitment...)}, {@code commitments(Iterable<Commitment>)},
   *       {@code addAllCommitments(Iterable<Commitment>)}
   *   <li>{@link MutualActionPlan#signOffs() signOffs}: {@code addSignOff(SignOff)}, {@code addSignOffs(SignOff...)},
   *       {@code signOffs(Iterable<SignOff>)}, {@code addAllSignOffs(Iterable<SignOff>)}
   *   <li>{@link MutualActionPlan#closure() closure}: {@code closure(Closure)}, {@code closure(Optional<Closure>)}
   *   <li>{@link MutualActionPlan#version() version}: {@code version(long)}
   *   <li>{@link MutualActionPlan#provenance() provenance}: {@code provenance(Provenance)},
   *       {@code provenance(Optional<Provenance>)}
   * </ul>
   */
  public static final class Builder extends ImmutableMutualActionPlan.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract MutualActionPlan withId(PlanId value);

  /** A copy with this {@link #title() title}. */
  public abstract MutualActionPlan withTitle(String value);

  /** A copy with this {@link #deal() deal}. */
  public abstract MutualActionPlan withDeal(Deal value);

  /** A copy with this {@link #sellerOrganization() sellerOrganization}. */
  public abstract MutualActionPlan withSellerOrganization(String value);

  /** A copy with this {@link #buyerOrganization() buyerOrganization}. */
  public abstract MutualActionPlan withBuyerOrganization(String value);

  /** A copy with this {@link #start() start}. */
  public abstract MutualActionPlan withStart(LocalDate value);

  /** A copy with this {@link #targetClose() targetClose}. */
  public abstract MutualActionPlan withTargetClose(LocalDate value);

  /** A copy with this {@link #zone() zone}. */
  public abstract MutualActionPlan withZone(ZoneId value);

  /** A copy with this {@link #buyerCalendar() buyerCalendar}. */
  public abstract MutualActionPlan withBuyerCalendar(CalendarId value);

  /** A copy with this {@link #sellerCalendar() sellerCalendar}. */
  public abstract MutualActionPlan withSellerCalendar(CalendarId value);

  /** A copy with this {@link #kind() kind}. */
  public abstract MutualActionPlan withKind(PlanKind value);

  /** A copy with this {@link #status() status}. */
  public abstract MutualActionPlan withStatus(PlanStatus value);

  /** A copy with this {@link #sellerOwner() sellerOwner}. */
  public abstract MutualActionPlan withSellerOwner(StakeholderId value);

  /** A copy with this {@link #buyerCoOwner() buyerCoOwner}. */
  public abstract MutualActionPlan withBuyerCoOwner(StakeholderId value);

  /** A copy with this {@link #buyerCoOwner() buyerCoOwner}, or none for an empty optional. */
  public abstract MutualActionPlan withBuyerCoOwner(Optional<? extends StakeholderId> optional);

  /** A copy with these {@link #stakeholders() stakeholders} instead of its own. */
  public abstract MutualActionPlan withStakeholders(Stakeholder... elements);

  /** A copy with these {@link #stakeholders() stakeholders} instead of its own. */
  public abstract MutualActionPlan withStakeholders(Iterable<? extends Stakeholder> elements);

  /** A copy with these {@link #objectives() objectives} instead of its own. */
  public abstract MutualActionPlan withObjectives(Objective... elements);

  /** A copy with these {@link #objectives() objectives} instead of its own. */
  public abstract MutualActionPlan withObjectives(Iterable<? extends Objective> elements);

  /** A copy with these {@link #successMetrics() successMetrics} instead of its own. */
  public abstract MutualActionPlan withSuccessMetrics(SuccessMetric... elements);

  /** A copy with these {@link #successMetrics() successMetrics} instead of its own. */
  public abstract MutualActionPlan withSuccessMetrics(Iterable<? extends SuccessMetric> elements);

  /** A copy with these {@link #decisionCriteria() decisionCriteria} instead of its own. */
  public abstract MutualActionPlan withDecisionCriteria(DecisionCriterion... elements);

  /** A copy with these {@link #decisionCriteria() decisionCriteria} instead of its own. */
  public abstract MutualActionPlan withDecisionCriteria(Iterable<? extends DecisionCriterion> elements);

  /** A copy with these {@link #milestones() milestones} instead of its own. */
  public abstract MutualActionPlan withMilestones(Milestone... elements);

  /** A copy with these {@link #milestones() milestones} instead of its own. */
  public abstract MutualActionPlan withMilestones(Iterable<? extends Milestone> elements);

  /** A copy with these {@link #commitments() commitments} instead of its own. */
  public abstract MutualActionPlan withCommitments(Commitment... elements);

  /** A copy with these {@link #commitments() commitments} instead of its own. */
  public abstract MutualActionPlan withCommitments(Iterable<? extends Commitment> elements);

  /** A copy with these {@link #signOffs() signOffs} instead of its own. */
  public abstract MutualActionPlan withSignOffs(SignOff... elements);

  /** A copy with these {@link #signOffs() signOffs} instead of its own. */
  public abstract MutualActionPlan withSignOffs(Iterable<? extends SignOff> elements);

  /** A copy with this {@link #closure() closure}. */
  public abstract MutualActionPlan withClosure(Closure value);

  /** A copy with this {@link #closure() closure}, or none for an empty optional. */
  public abstract MutualActionPlan withClosure(Optional<? extends Closure> optional);

  /** A copy with this {@link #version() version}. */
  public abstract MutualActionPlan withVersion(long value);

  /** A copy with this {@link #provenance() provenance}. */
  public abstract MutualActionPlan withProvenance(Provenance value);

  /** A copy with this {@link #provenance() provenance}, or none for an empty optional. */
  public abstract MutualActionPlan withProvenance(Optional<? extends Provenance> optional);
}
