package io.github.mutualplan.render;

import io.github.mutualplan.MutualActionPlan;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The renderer of every format: makes the document, has the writer write it, and hands the text on at once. */
final class DocumentRenderer implements PlanRenderer {
  private final RenderOptions options;
  private final DocumentWriter writer;

  DocumentRenderer(RenderOptions options, DocumentWriter writer) {
    this.options = Objects.requireNonNull(options, "options");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  public void render(MutualActionPlan plan, Optional<LocalDate> asOf, Appendable out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(out, "out");
    PlanDocument doc = PlanDocument.of(plan, asOf, options);
    StringBuilder text = new StringBuilder(8192);
    writer.write(doc, text);
    out.append(text);
  }

  @Override
  public String toString() {
    return writer.getClass().getSimpleName() + "{" + options + "}";
  }
}
