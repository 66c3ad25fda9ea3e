/**
 * The codec layer under {@link io.github.mutualplan.json.PlanJson} and the template files: a reader and writer
 * per kind of value over Jackson's streaming parser and generator, with no reflection and no annotations on the
 * model. {@link io.github.mutualplan.json.codec.ObjectShape} is an object of the model key for key,
 * {@link io.github.mutualplan.json.codec.Union} a sealed family told apart by a type key or a single wrapping
 * key, {@link io.github.mutualplan.json.codec.Scalars} the single values; {@link
 * io.github.mutualplan.json.codec.ModelCodecs}, {@link io.github.mutualplan.json.codec.HistoryCodecs} and {@link
 * io.github.mutualplan.json.codec.ReportCodecs} the model's values, and {@link
 * io.github.mutualplan.json.codec.ModuleTypes} those the Jackson modules register. Every problem is a
 * {@link io.github.mutualplan.json.codec.JsonProblem} with its JSON path and location.
 *
 * <p><b>Not an API.</b> The package is exported only to the library's own modules ({@code
 * io.github.mutualplan.templates}, {@code io.github.mutualplan.jackson3}); on the class path its types are visible
 * but may change in any release.
 */
@NullMarked
package io.github.mutualplan.json.codec;

import org.jspecify.annotations.NullMarked;
