/**
 * The plan model: {@link io.github.mutualplan.MutualActionPlan} and the values it is made of.
 *
 * <p>Every type here is an immutable value with value equality. Build one with {@code X.builder()} or
 * {@code X.of(...)}, copy it with {@code with*}; no method accepts or returns null ({@link java.util.Optional}
 * stands for an absent value, an empty collection for none). A plan checks every
 * {@link io.github.mutualplan.PlanRule} when it is built or copied and throws a
 * {@link io.github.mutualplan.PlanValidationException} listing all violations, so an invalid plan never exists.
 */
package io.github.mutualplan;
