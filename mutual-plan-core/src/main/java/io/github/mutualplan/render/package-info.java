/**
 * Documents of a plan: Markdown, a self-contained HTML page with a Gantt chart, CSV, iCalendar and a Mermaid Gantt
 * chart, in English or Russian, for the buyer (shared items only, the default) or the seller's team. Markdown, HTML
 * and the PDF of {@code mutual-plan-pdf} have a summary (the close, the progress, what the buyer owes in the next
 * two weeks, what is late), after the facts in Markdown and before them in HTML and PDF; the HTML page writes dates
 * and money as the options' locale does, and its chart, with a legend of the marks it uses, scales to a screen or a
 * printed page. The seller's team's page, as of a day, adds the risk findings of
 * {@link io.github.mutualplan.risk.RiskAssessor#standard()} and each commitment's slack.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults();           // for the buyer, on the plan's calendars
 * String page = DocumentFormat.HTML.renderer(options).render(plan, LocalDate.of(2027, 3, 1)); // as of a day
 * }</pre>
 *
 * <p>Entry points: {@link io.github.mutualplan.render.DocumentFormat} and
 * {@link io.github.mutualplan.render.RenderOptions}. A format of your own is a
 * {@link io.github.mutualplan.render.DocumentWriter} of the same document model the built-in formats are written
 * from, {@link io.github.mutualplan.render.PlanDocument}:
 *
 * <pre>{@code
 * PlanRenderer slack = PlanRenderer.of(RenderOptions.defaults(), new SlackMessage()); // a DocumentWriter
 * }</pre>
 */
@NullMarked
package io.github.mutualplan.render;

import org.jspecify.annotations.NullMarked;
