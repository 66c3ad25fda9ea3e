package io.github.mutualplan.render;

/**
 * Writes a {@link PlanDocument} in one format: what a format of your own implements (a PDF, a chat message, a
 * note in a CRM), and what each built-in format is. {@link PlanRenderer#of(RenderOptions, DocumentWriter)} makes
 * a renderer of it, which schedules the plan, takes the audience's view and the labels of the language, and
 * hands the writer the document.
 *
 * <pre>{@code
 * DocumentWriter nextSteps = (doc, out) -> {
 *   out.append(doc.plan().title()).append(", ").append(doc.label("fact.projectedClose")).append(": ")
 *       .append(doc.projectedClose()).append('\n');
 *   doc.rows(Side.BUYER).stream().filter(row -> row.status().isPending())
 *       .forEach(row -> out.append("- ").append(row.commitment().title()).append('\n'));
 * };
 * String text = PlanRenderer.of(RenderOptions.defaults(), nextSteps).render(plan, LocalDate.of(2027, 3, 1));
 * }</pre>
 *
 * <p>The same document always gives a writer the same text; it escapes the plan's texts as its format needs.
 * Implementations must be stateless and safe to share between threads, as the built-in ones are: a renderer
 * hands its one writer the documents of every thread.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface DocumentWriter {
  /**
   * Writes a document.
   *
   * @param document what to write
   * @param out where to write it; the renderer hands the whole text to its caller at once
   */
  void write(PlanDocument document, StringBuilder out);
}
