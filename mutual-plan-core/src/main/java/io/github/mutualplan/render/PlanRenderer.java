package io.github.mutualplan.render;

import io.github.mutualplan.MutualActionPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes a plan as a document. The same plan with the same options always gives the same text.
 *
 * <pre>{@code
 * PlanRenderer markdown = DocumentFormat.MARKDOWN.renderer(RenderOptions.defaults());
 * String forTheBuyer = markdown.render(plan);             // shared items only, as planned
 * String thisWeek = markdown.render(plan, LocalDate.of(2027, 3, 1)); // as of a day, with what is done
 * try (Writer out = Files.newBufferedWriter(Path.of("plan.ics"), StandardCharsets.UTF_8)) {
 *   DocumentFormat.ICALENDAR.renderer(RenderOptions.defaults()).render(plan, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads when their writer is, as every built-in one is.
 *
 * @since 0.1.0
 */
public interface PlanRenderer {
  /**
   * A renderer of a format of your own: it makes the {@link PlanDocument} of the plan for the options' audience
   * and language, as planned or as of a day, and has the writer write it.
   *
   * <pre>{@code
   * PlanRenderer slack = PlanRenderer.of(RenderOptions.defaults(), new SlackMessage()); // a DocumentWriter
   * String message = slack.render(plan, LocalDate.of(2027, 3, 1));                     // for the buyer
   * }</pre>
   *
   * @param options how to render
   * @param writer what writes the document
   * @return the renderer, stateless and thread-safe when the writer is
   */
  static PlanRenderer of(RenderOptions options, DocumentWriter writer) {
    return new DocumentRenderer(options, writer);
  }

  /**
   * Renders a plan as planned, from its start, to text.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalStateException if the document is for the {@linkplain Audience#BUYER buyer} and the plan is
   *     a closing plan, which the buyer never sees
   * @throws io.github.mutualplan.ScheduleException if the plan cannot be scheduled, for example because
   *     it names a calendar the options' registry does not know
   */
  default String render(MutualActionPlan plan) {
    return text(this, plan, Optional.empty());
  }

  /**
   * Renders a plan as of a day to text: the dates are scheduled as of that day (done commitments at their
   * completion dates, nothing left to do before it), the document says so, and the Gantt chart of the HTML
   * page marks the day.
   *
   * @param plan the plan
   * @param asOf the day, within the years of {@link io.github.mutualplan.PlanLimits}
   * @return the document
   * @throws IllegalArgumentException if the day is outside those years
   * @throws IllegalStateException as {@link #render(MutualActionPlan)}
   */
  default String render(MutualActionPlan plan, LocalDate asOf) {
    return text(this, plan, Optional.of(asOf));
  }

  /**
   * Renders a plan as planned to a writer or any other {@link Appendable}.
   *
   * @param plan the plan
   * @param out where to write the document
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalStateException as {@link #render(MutualActionPlan)}
   */
  default void render(MutualActionPlan plan, Appendable out) throws IOException {
    render(plan, Optional.empty(), out);
  }

  /**
   * Renders a plan, as planned or as of a day, to a writer or any other {@link Appendable}: what every other
   * method of a renderer comes to.
   *
   * @param plan the plan
   * @param asOf the day to render as of, or empty for the plan as planned
   * @param out where to write the document
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalArgumentException if the day is outside the years of {@link io.github.mutualplan.PlanLimits}
   * @throws IllegalStateException as {@link #render(MutualActionPlan)}
   */
  void render(MutualActionPlan plan, Optional<LocalDate> asOf, Appendable out) throws IOException;

  private static String text(PlanRenderer renderer, MutualActionPlan plan, Optional<LocalDate> asOf) {
    StringBuilder out = new StringBuilder(4096);
    try {
      renderer.render(plan, asOf, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws it
    }
    return out.toString();
  }
}
