package io.github.mutualplan.testing;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a plan; see {@link MutualPlanAssertions}. A failure names the plan by its id and version and
 * shows the part that matters, such as the keys of its commitments.
 *
 * @since 0.1.0
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, MutualActionPlan> {
  PlanAssert(MutualActionPlan actual) {
    super(actual, PlanAssert.class);
  }

  private String plan() {
    return "plan " + Shown.key(actual.id().key()) + " (version " + actual.version() + ")";
  }

  /** The plan keeps every rule of the model: built again from its parts, it is the same plan. */
  public PlanAssert isValid() {
    isNotNull();
    try {
      if (!MutualActionPlan.builder().from(actual).build().equals(actual)) {
        failWithMessage("Expecting %s to be valid, but built again from its parts it is another plan", plan());
      }
    } catch (PlanValidationException e) {
      failWithMessage("Expecting %s to be valid, but it breaks %d rules:%n  %s", plan(), e.violations().size(),
          e.violations().stream().limit(Shown.MOST).map(Violation::toString).collect(Collectors.joining("\n  ")));
    }
    return this;
  }

  /** The plan has a commitment with this key. */
  public PlanAssert hasCommitment(String key) {
    isNotNull();
    if (actual.commitment(CommitmentId.of(key)).isEmpty()) {
      failWithMessage("Expecting %s to have the commitment %s, but its %d commitments are %s", plan(),
          Shown.key(key), actual.commitments().size(), Shown.keys(commitmentKeys()));
    }
    return this;
  }

  /** The plan has no commitment with this key. */
  public PlanAssert doesNotHaveCommitment(String key) {
    isNotNull();
    if (actual.commitment(CommitmentId.of(key)).isPresent()) {
      failWithMessage("Expecting %s not to have the commitment %s, but it has", plan(), Shown.key(key));
    }
    return this;
  }

  /** The commitment with this key is owed by (accountable to) the stakeholder with that key. */
  public PlanAssert hasOwner(String commitment, String stakeholder) {
    hasCommitment(commitment);
    Optional<StakeholderId> owner = actual.commitment(CommitmentId.of(commitment)).flatMap(Commitment::accountable);
    if (!owner.equals(Optional.of(StakeholderId.of(stakeholder)))) {
      failWithMessage("Expecting the commitment %s of %s to be owned by %s, but it is owned by %s",
          Shown.key(commitment), plan(), Shown.key(stakeholder),
          owner.map(o -> Shown.key(o.key())).orElse("nobody"));
    }
    return this;
  }

  /** The plan has this status. */
  public PlanAssert hasStatus(PlanStatus status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage("Expecting %s to be %s, but it is %s", plan(), status, actual.status());
    }
    return this;
  }

  /** The plan is of this kind. */
  public PlanAssert isOfKind(PlanKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failWithMessage("Expecting %s to be a %s, but it is a %s", plan(), kind, actual.kind());
    }
    return this;
  }

  /**
   * The buyer's view of the plan holds no internal commitment and no internal milestone. Only for a mutual
   * action plan: the buyer never sees a closing plan.
   */
  public PlanAssert buyerViewHasNoInternalItem() {
    isOfKind(PlanKind.MUTUAL_ACTION_PLAN);
    MutualActionPlan view = actual.buyerView();
    List<String> internal = view.commitments().stream().filter(c -> c.visibility() == Visibility.INTERNAL)
        .map(c -> c.id().key()).collect(Collectors.toList());
    view.milestones().stream().filter(m -> m.visibility() == Visibility.INTERNAL).map(Milestone::id)
        .forEach(m -> internal.add(m.key()));
    if (!internal.isEmpty()) {
      failWithMessage("Expecting the buyer's view of %s to hold no internal item, but it holds %s", plan(),
          Shown.keys(internal));
    }
    return this;
  }

  private List<String> commitmentKeys() {
    return actual.commitments().stream().map(c -> c.id().key()).collect(Collectors.toList());
  }
}
