/**
 * The library's own texts in each language, not exported.
 */
@NullMarked
package io.github.mutualplan.localization;

import org.jspecify.annotations.NullMarked;
