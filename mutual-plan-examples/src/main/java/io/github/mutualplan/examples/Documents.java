package io.github.mutualplan.examples;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The documents the examples write: the buyer's version of a plan, as of a day, in the deal's calendars. */
final class Documents {
  private Documents() {}

  static RenderOptions buyerVersion(LocalDate today) {
    return RenderOptions.defaults().withToday(today).withScheduleOptions(Deals.US_CALENDARS);
  }

  static String markdown(MutualActionPlan plan, LocalDate today) {
    return DocumentFormat.MARKDOWN.renderer(buyerVersion(today)).render(plan);
  }

  /** Writes the buyer's version as Markdown and HTML into the directory; returns the files. */
  static List<Path> writeBuyerVersions(MutualActionPlan plan, LocalDate today, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (DocumentFormat format : List.of(DocumentFormat.MARKDOWN, DocumentFormat.HTML)) {
      Path file = directory.resolve(plan.id().key() + "." + format.fileExtension());
      Files.writeString(file, format.renderer(buyerVersion(today)).render(plan), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }
}
