/**
 * The PDF document of a plan: {@link io.github.mutualplan.pdf.PdfRenderer} lays out the same
 * {@link io.github.mutualplan.render.Outline} as the HTML and Markdown documents (title, facts, sections of
 * paragraphs, lists and tables) on {@link io.github.mutualplan.pdf.PageSize A4 or Letter} pages, draws the Gantt
 * chart with lines and text, and numbers the pages.
 *
 * <pre>{@code
 * byte[] pdf = PdfRenderer.of(RenderOptions.defaults()).render(plan);   // for the buyer, in English, on A4
 * }</pre>
 */
@NullMarked
package io.github.mutualplan.pdf;

import org.jspecify.annotations.NullMarked;
