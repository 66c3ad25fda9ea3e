/**
 * mutual-plan for Jackson 3 ({@code tools.jackson}): {@link io.github.mutualplan.jackson3.MutualPlanJackson3Module}
 * writes and reads the model in a Jackson 3 {@code ObjectMapper}, as the same JSON as {@code mutual-plan-json}.
 */
@NullMarked
package io.github.mutualplan.jackson3;

import org.jspecify.annotations.NullMarked;
