package io.github.mutualplan.pdf;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The plans the tests render, and PDFBox's reading of what they wrote: the outside oracle. */
final class Pdfs {
  static final String INTERNAL_COMMITMENT = "Deal desk approves the 12% discount";
  static final String INTERNAL_MILESTONE = "Discount approved by the deal desk";

  private Pdfs() {}

  /** The healthcare plan shared with the buyer, with the deal desk's internal items: see {@link SamplePlans}. */
  static MutualActionPlan sharedPlan() {
    return SamplePlans.healthcareSharedPlan();
  }

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every page, in reading order, with runs of white space made one space. */
  static String text(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A glyph as PDFBox read it: its page (from 1), its box in points from the page's top left, and its text. */
  record Glyph(int page, String text, float x, float top, float width, float height, float size, float pageWidth,
      float pageHeight) {
    float right() {
      return x + width;
    }

    @Override
    public String toString() {
      return "'" + text + "' on page " + page + " at x " + x + " to " + right() + ", baseline " + top;
    }
  }

  /** Every glyph of the document. */
  static List<Glyph> glyphs(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      List<Glyph> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
              text.getWidthDirAdj(), text.getHeightDir(), text.getFontSizeInPt(), text.getPageWidth(),
              text.getPageHeight()));
          super.processTextPosition(text);
        }
      };
      stripper.getText(document);
      return glyphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last line of each page's body (the footer left out) when it is set in a heading's size: a heading left
   * alone at the bottom of a page.
   */
  static List<String> headingsAtPageBottom(List<Glyph> glyphs) {
    List<String> orphans = new ArrayList<>();
    Map<Integer, List<Glyph>> pages = glyphs.stream()
        .filter(g -> g.top() < g.pageHeight() - PdfLayout.MARGIN - 1)
        .collect(Collectors.groupingBy(Glyph::page, TreeMap::new, Collectors.toList()));
    pages.forEach((page, body) -> {
      float last = (float) body.stream().mapToDouble(Glyph::top).max().orElse(0);
      List<Glyph> line = body.stream().filter(g -> Math.abs(g.top() - last) < 1).collect(Collectors.toList());
      if (line.stream().anyMatch(g -> g.size() >= PdfLayout.H3 - 0.1f)) {
        orphans.add("page " + page + ": " + line.stream().map(Glyph::text).collect(Collectors.joining()));
      }
    });
    return orphans;
  }

  /** The glyphs outside the page's margins (the footer's lie in the bottom margin, above the page's edge). */
  static List<Glyph> outside(List<Glyph> glyphs) {
    float margin = PdfLayout.MARGIN;
    float tolerance = 0.5f;
    return glyphs.stream()
        .filter(g -> g.x() < margin - tolerance || g.right() > g.pageWidth() - margin + tolerance
            || g.top() - g.height() < margin - tolerance || g.top() > g.pageHeight() - margin / 2)
        .collect(Collectors.toList());
  }
}
