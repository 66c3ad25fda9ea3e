package io.github.mutualplan;

/**
 * What a decision criterion is about.
 *
 * @since 0.1.0
 */
public enum CriterionCategory {
  /** Features and what the product does. */
  FUNCTIONAL,
  /** Architecture, integration, security and performance. */
  TECHNICAL,
  /** Price, budget and terms. */
  COMMERCIAL,
  /** Regulation and certification (HIPAA, GDPR, SOC 2...). */
  COMPLIANCE,
  /** Time and effort to go live. */
  IMPLEMENTATION
}
