/**
 * The kit's samplers as QuickTheories generators, which shrink a failing value to a smaller one: {@link
 * io.github.mutualplan.testing.quicktheories.Gens}. QuickTheories is an optional dependency of the kit.
 */
@NullMarked
package io.github.mutualplan.testing.quicktheories;

import org.jspecify.annotations.NullMarked;
