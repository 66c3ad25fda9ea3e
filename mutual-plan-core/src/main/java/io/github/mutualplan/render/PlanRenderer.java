package io.github.mutualplan.render;

import io.github.mutualplan.MutualActionPlan;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a plan as a document. Renderers are stateless and thread-safe; the same plan with the same options
 * always gives the same text.
 *
 * <pre>{@code
 * PlanRenderer markdown = DocumentFormat.MARKDOWN.renderer(RenderOptions.defaults());
 * String forTheBuyer = markdown.render(plan);             // shared items only
 * try (Writer out = Files.newBufferedWriter(Path.of("plan.ics"), StandardCharsets.UTF_8)) {
 *   DocumentFormat.ICALENDAR.renderer(RenderOptions.defaults()).render(plan, out);
 * }
 * }</pre>
 */
public interface PlanRenderer {
  /**
   * Renders a plan to text.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalStateException if the document is for the {@linkplain Audience#BUYER buyer} and the plan is
   *     a closing plan, which the buyer never sees
   */
  default String render(MutualActionPlan plan) {
    StringBuilder out = new StringBuilder(4096);
    try {
      render(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws it
    }
    return out.toString();
  }

  /**
   * Renders a plan to a writer or any other {@link Appendable}.
   *
   * @param plan the plan
   * @param out where to write the document
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalStateException if the document is for the {@linkplain Audience#BUYER buyer} and the plan is
   *     a closing plan, which the buyer never sees
   */
  void render(MutualActionPlan plan, Appendable out) throws IOException;
}
