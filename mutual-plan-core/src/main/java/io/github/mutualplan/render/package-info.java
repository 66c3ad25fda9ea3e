/**
 * Documents of a plan: Markdown, a self-contained HTML page with a Gantt chart, CSV, iCalendar and a Mermaid
 * Gantt chart, in English or Russian, for the buyer (shared items only, the default) or the seller's team.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults();           // for the buyer, on the plan's calendars
 * String page = DocumentFormat.HTML.renderer(options).render(plan, LocalDate.of(2027, 3, 1)); // as of a day
 * }</pre>
 *
 * <p>Entry points: {@link io.github.mutualplan.render.DocumentFormat} and
 * {@link io.github.mutualplan.render.RenderOptions}.
 */
@NullMarked
package io.github.mutualplan.render;

import org.jspecify.annotations.NullMarked;
