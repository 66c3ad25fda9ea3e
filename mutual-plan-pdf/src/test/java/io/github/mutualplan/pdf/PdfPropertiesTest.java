package io.github.mutualplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Every valid plan renders to a PDF that PDFBox loads, with every glyph inside the page's margins. */
class PdfPropertiesTest {
  @Test
  void everyPlanRendersToAPdfWithEveryGlyphOnThePage() {
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(Gens.plans(120), SourceDSL.booleans().all(), SourceDSL.booleans().all())
        .checkAssert((plan, russian, letter) -> {
          RenderOptions options = RenderOptions.defaults().withAudience(Audience.INTERNAL)
              .withLocale(russian ? new Locale("ru") : Locale.ENGLISH);
          byte[] pdf = PdfRenderer.of(options).withPageSize(letter ? PageSize.LETTER : PageSize.A4).render(plan);
          try (PDDocument document = Pdfs.load(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
          assertThat(Pdfs.outside(glyphs)).isEmpty();
          assertThat(Pdfs.headingsAtPageBottom(glyphs)).isEmpty();
          assertThat(Pdfs.text(pdf)).contains(plan.title());
        });
  }

  @Test
  void everySharedPlanRendersForTheBuyer() {
    qt().withExamples(15).withShrinkCycles(20)
        .forAll(Gens.mutualActionPlans(60))
        .checkAssert(plan -> {
          byte[] pdf = PdfRenderer.of(RenderOptions.defaults()).render(plan);
          assertThat(Pdfs.outside(Pdfs.glyphs(pdf))).isEmpty();
        });
  }
}
