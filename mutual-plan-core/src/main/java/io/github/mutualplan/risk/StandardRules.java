package io.github.mutualplan.risk;

import java.util.List;

/**
 * The built-in risk rules, one class each; see {@link RiskRule} for what they find and {@link RiskPolicy} for
 * their thresholds. Each rule's comment says what it detects and why, citing the texts the domain comes from
 * ({@code shared/seeds/} of the project's design notes):
 * <ul>
 *   <li>[000] a guide to sales close plans: timelines, customer pledges, decision criteria, key milestones,
 *       tailoring, and the pitfalls (lack of customization, inadequate communication, overlooking critical
 *       steps, insufficient customer engagement);
 *   <li>[001] closing plan versus mutual action plan: conversion once a champion and an economic buyer are known
 *       (MEDDIC), joint ownership, sign-off by both;
 *   <li>[002] the elements of a mutual action plan: objectives, actions, responsibilities, timeline, metrics;
 *   <li>[004] the sales closing process: proposal, contract and its review, objections, follow-up.
 * </ul>
 *
 * <p>A new rule is a class beside these, extending {@link BuiltInRule}, listed here, with its texts in every
 * {@code messages_*.properties}; CONTRIBUTING.md, "A new risk rule", says how.
 */
final class StandardRules {
  /** In the order they run (an assessor sorts their findings); rules are stateless, so one of each serves all. */
  private static final List<RiskRule> ALL = List.of(
      new OverdueCommitmentRule(),
      new MissedPledgesRule(),
      MissingBuyerRoleRule.champion(),
      MissingBuyerRoleRule.economicBuyer(),
      new SingleThreadedRule(),
      new UnassignedResponsibilityRule(),
      new CriteriaNearCloseRule(),
      new TargetUnreachableRule(),
      new NoNextStepRule(),
      new StalePlanRule(),
      new SignOffRule(),
      new MissingCriticalStepRule(),
      new NotCustomizedRule(),
      new StepCountRule(),
      new MilestoneExitCriteriaRule(),
      new SlipsRule());

  private StandardRules() {}

  /** Every built-in rule, in the order they run. */
  static List<RiskRule> all() {
    return ALL;
  }
}
