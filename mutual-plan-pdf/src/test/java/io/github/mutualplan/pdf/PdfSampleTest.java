package io.github.mutualplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Sample documents to look at, written only when asked: {@code -Dpdf.sample=/tmp} writes {@code pdf-sample.pdf} (the
 * healthcare plan for the buyer, as of a day when a pledge is late), {@code pdf-sample-large.pdf} (a generated plan the
 * flagship's size and more, for the seller's team) and {@code pdf-sample-ru.pdf} and {@code pdf-sample-long.pdf} (a
 * chart over several pages) into that folder. Convert them with {@code pdftoppm -png -r 60 pdf-sample.pdf page}.
 */
@EnabledIfSystemProperty(named = "pdf.sample", matches = ".+")
class PdfSampleTest {
  @Test
  void writeSamples() throws IOException {
    Path directory = Path.of(System.getProperty("pdf.sample"));
    Files.createDirectories(directory);
    MutualActionPlan shared = Pdfs.sharedPlan();
    Files.write(directory.resolve("pdf-sample.pdf"),
        PdfRenderer.of(RenderOptions.defaults()).render(shared, LocalDate.of(2027, 4, 20)));
    Files.write(directory.resolve("pdf-sample-ru.pdf"),
        PdfRenderer.of(RenderOptions.defaults().withLocale(new Locale("ru", "RU"))).render(shared));
    MutualActionPlan large = generated(60, 25);
    Files.write(directory.resolve("pdf-sample-long.pdf"), PdfRenderer.of(RenderOptions.defaults()
        .withAudience(Audience.INTERNAL)).render(generated(200, 110)));
    Files.write(directory.resolve("pdf-sample-large.pdf"), PdfRenderer.of(RenderOptions.defaults()
        .withAudience(Audience.INTERNAL).withLocale(Locale.US)).render(large));
    assertThat(large.commitments()).hasSizeGreaterThanOrEqualTo(25);
  }

  /** The first plan of {@code least} to {@code most} commitments the generators give from a fixed seed. */
  private static MutualActionPlan generated(int most, int least) {
    List<MutualActionPlan> found = new ArrayList<>();
    qt().withFixedSeed(17).withExamples(300).forAll(Gens.plans(most)).checkAssert(plan -> {
      if (found.isEmpty() && plan.commitments().size() >= least) {
        found.add(plan);
      }
    });
    return found.get(0);
  }
}
