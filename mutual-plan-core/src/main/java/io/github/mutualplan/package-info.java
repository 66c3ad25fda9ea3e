/**
 * The plan model: {@link io.github.mutualplan.MutualActionPlan} and the values it is made of.
 *
 * <p>Every type here is an immutable value with value equality. Build one with {@code X.builder()} or
 * {@code X.of(...)}, copy it with {@code with*}; no method accepts or returns null ({@link java.util.Optional}
 * stands for an absent value, an empty collection for none). A plan checks every
 * {@link io.github.mutualplan.PlanRule} when it is built or copied and throws a
 * {@link io.github.mutualplan.PlanValidationException} listing all violations, so an invalid plan never exists.
 *
 * <p>The Immutables style below is the one of every package of the library: generated {@code Immutable*}
 * classes are package-private, so users see the abstract type, its nested {@code Builder}, its static
 * factories and its {@code with*} copies. It applies to the subpackages too; the templates module, compiled
 * apart, repeats it in {@code io.github.mutualplan.template}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@NullMarked
package io.github.mutualplan;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
