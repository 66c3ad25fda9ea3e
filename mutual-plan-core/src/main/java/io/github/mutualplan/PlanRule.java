package io.github.mutualplan;

/**
 * The rules a plan obeys; each {@link Violation} names the one it breaks. The first six are the invariants
 * of the design (section 5, invariants 1 to 5); the others keep single values and the lifecycle sound, and the
 * last two are those of editing: who may change a plan, and the order of its history.
 *
 * @since 0.1.0
 */
public enum PlanRule {
  /** Identifiers are unique per kind of item, and each owner signs off once. */
  UNIQUE_IDS,
  /** Every reference (dependency, owner, milestone, criterion owner, objective, signer) resolves. */
  RESOLVED_REFERENCES,
  /** Dependencies between commitments form a directed acyclic graph. */
  ACYCLIC_DEPENDENCIES,
  /**
   * Every commitment has exactly one accountable person, on the side that owes it; a milestone has at most
   * one.
   */
  ONE_ACCOUNTABLE,
  /**
   * Dates are ordered: plan start, then commitment start, then due; plan start, then the day a commitment
   * started, then its completion date; the target close is not before start.
   */
  DATE_ORDER,
  /**
   * A mutual action plan (a shared plan) has a buyer co-owner, a champion and an economic buyer on the
   * buyer side: the conversion gate.
   */
  SHARING_GATE,
  /**
   * Single values are well formed: text not blank and free of control characters, numbers in range, keys and
   * e-mail addresses valid.
   */
  VALID_VALUES,
  /**
   * Values stay within the {@link PlanLimits}: dates within the plan's window, durations, versions, the length
   * of texts and the digits of amounts, so that every service on the plan is bounded by its size.
   */
  WITHIN_LIMITS,
  /**
   * People sit on the side their roles and positions need: the seller owner on the seller side, the buyer
   * co-owner and a criterion owner on the buyer side, buyer roles (champion, economic buyer...) on the buyer
   * side and seller roles (account executive, sales engineer...) on the seller side.
   */
  ROLE_SIDES,
  /**
   * Kind, status, sign-offs, closure, versions and completion dates agree: a closing plan is a draft or
   * closed, an agreed plan carries sign-offs of both owners that are not stale, a closed plan its closure, a done
   * commitment its completion date, an open one no day it started, and at most one milestone is the closing one.
   */
  LIFECYCLE,
  /**
   * A closed plan's closure gives a reason of its outcome: a reason to win for a {@link PlanStatus#CLOSED_WON}
   * plan, one to lose for a {@link PlanStatus#CLOSED_LOST} one.
   */
  CLOSE_REASON,
  /** Items the buyer must see are shared: customer pledges and the closing milestone. */
  VISIBILITY,
  /**
   * A change is made by a stakeholder of the plan whom the {@code PlanPolicy} permits to make it: the rule a
   * {@code ChangeNotPermittedException} reports.
   */
  PERMITTED_CHANGES,
  /**
   * A history is in order: a change is made against a version the history has, at a time after its last event,
   * and touches no item that a later change touched (no lost update): the rule an {@code EditConflictException}
   * reports.
   */
  HISTORY_ORDER
}
