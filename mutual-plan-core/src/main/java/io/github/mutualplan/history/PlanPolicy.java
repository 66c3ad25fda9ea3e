package io.github.mutualplan.history;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Stakeholder;
import java.util.List;

/**
 * The rules of a team: who may make which change, which changes are material, and what a closing plan needs
 * before it is shared. One replaceable object, given to the {@link PlanEditor}.
 *
 * <p>The {@linkplain #standard() standard policy}:
 * <ul>
 *   <li><b>Who.</b> Only the owners share, close, reopen and sign off. In a mutual action plan, buyer-side
 *       people change the buyer-owed commitments (customer pledges) and their responsibilities, and assess the
 *       decision criteria they own; seller-side people change the rest, and assess criteria nobody owns. A
 *       shared commitment also slips ({@link PlanChange#slipCommitment}) when either owner says so. A
 *       commitment does not move to the other side in a shared plan. A closing plan is the seller's: its
 *       seller-side people change all of it, and the buyer's people none.
 *   <li><b>Material.</b> Commitments or milestones added or removed; a commitment's dates, duration,
 *       dependencies or owing side changed (a slip changes its duration or its due date), or the commitment
 *       cancelled; a milestone's date changed; a
 *       decision criterion added, removed, renamed, recategorised or reweighted; the target close moved.
 *       Completing, starting (on a day or not) or blocking a commitment, a note, an assessment, a role or a
 *       responsibility is not material.
 *   <li><b>Sharing.</b> A buyer co-owner, a champion and an economic buyer are named (MEDDIC). The model
 *       itself refuses a mutual action plan without them, so a stricter gate can only add to this list.
 * </ul>
 *
 * <p>To change one rule, delegate the others to the standard policy:
 *
 * <pre>{@code
 * PlanPolicy strict = new PlanPolicy() {
 *   final PlanPolicy standard = PlanPolicy.standard();
 *   public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
 *     return standard.refusals(plan, change, actor);
 *   }
 *   public boolean isMaterial(PlanDiff diff) {
 *     return !diff.isEmpty(); // every change needs a new sign-off
 *   }
 *   public List<String> missingForSharing(MutualActionPlan plan) {
 *     return standard.missingForSharing(plan);
 *   }
 * };
 * }</pre>
 *
 * <p>Implementations must not return null. They must be stateless and safe to share between threads, as the
 * standard policy is: an editor asks its one policy about the changes of every thread.
 *
 * @since 0.1.0
 */
public interface PlanPolicy {
  /** The standard policy described above. */
  static PlanPolicy standard() {
    return StandardPolicy.INSTANCE;
  }

  /**
   * Why this stakeholder may not make this change to this plan.
   *
   * @param plan the plan as it is
   * @param change the change asked for
   * @param actor the stakeholder asking, a stakeholder of the plan
   * @return the reasons for refusing; empty if the change is permitted
   */
  List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor);

  /**
   * Whether a change is material: one that makes the owners' sign-offs stale.
   *
   * @param diff what the change changed in what the owners signed: for a mutual action plan, its
   *     {@linkplain MutualActionPlan#buyerView() buyer view}, so that no change to an internal item is ever
   *     material; for a closing plan, the whole plan
   * @return whether it is material
   */
  boolean isMaterial(PlanDiff diff);

  /**
   * What a closing plan lacks before it may become a shared mutual action plan.
   *
   * @param plan the plan as it would be shared (with the buyer co-owner the change names, if any)
   * @return everything missing; empty if the plan may be shared
   */
  List<String> missingForSharing(MutualActionPlan plan);
}
