package io.github.mutualplan;

/**
 * The four letters of a RACI assignment.
 *
 * @since 0.1.0
 */
public enum Raci {
  /** Does the work. */
  RESPONSIBLE,
  /** Answers for the outcome; exactly one per commitment, on the side that owes it. */
  ACCOUNTABLE,
  /** Gives input before the work is done. */
  CONSULTED,
  /** Is told when the work is done. */
  INFORMED
}
