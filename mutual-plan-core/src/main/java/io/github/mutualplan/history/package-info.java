/**
 * Editing a plan and keeping its history: a {@link io.github.mutualplan.history.PlanChange} applied by a
 * {@link io.github.mutualplan.history.PlanEditor} for an acting stakeholder, recorded as
 * {@link io.github.mutualplan.history.PlanEvent}s in an append-only {@link io.github.mutualplan.history.PlanHistory}
 * that replays (and so verifies) to the plan; who may do what ({@link io.github.mutualplan.history.PlanPolicy}),
 * sign-offs, conflicts and notifications.
 */
@NullMarked
package io.github.mutualplan.history;

import org.jspecify.annotations.NullMarked;
