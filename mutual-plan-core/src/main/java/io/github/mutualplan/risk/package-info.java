/**
 * The risks of a plan: a {@link io.github.mutualplan.risk.RiskAssessor} runs the built-in rules and every
 * {@link io.github.mutualplan.risk.RiskRule} found by {@code ServiceLoader} over a plan and its schedule, into a
 * {@link io.github.mutualplan.risk.RiskReport} with a health band.
 */
@NullMarked
package io.github.mutualplan.risk;

import org.jspecify.annotations.NullMarked;
