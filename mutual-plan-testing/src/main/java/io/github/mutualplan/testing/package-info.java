/**
 * Samplers for property tests of your own plan rules, free of any property engine: a {@link Sampler} makes a
 * value from the choices of a {@link Draw} (a seeded random source, or an engine's). {@link PlanSamplers} makes
 * valid plans, {@link PlanBreakers} near-valid ones that break exactly one {@code PlanRule}, {@link ChangeSamplers}
 * changes and {@link CalendarSamplers} calendars, registries and histories; {@link SamplePlans} is a few fixed
 * plans to read; {@link PlanInvariants} checks what must hold of every plan.
 *
 * <pre>{@code
 * for (long seed = 0; seed < 1_000; seed++) {
 *   MutualActionPlan plan = PlanSamplers.plans(50).sample(seed);   // the same plan for a seed, always
 *   assertThat(myRule.evaluate(plan)) ...
 * }
 * }</pre>
 */
@NullMarked
package io.github.mutualplan.testing;

import org.jspecify.annotations.NullMarked;
