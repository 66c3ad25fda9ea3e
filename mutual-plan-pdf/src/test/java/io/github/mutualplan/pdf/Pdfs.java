package io.github.mutualplan.pdf;

import static io.github.mutualplan.testing.SamplePlans.ALEX_AE;
import static io.github.mutualplan.testing.SamplePlans.DANA_CFO;
import static io.github.mutualplan.testing.SamplePlans.MARIA_OPS;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
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

  /**
   * The healthcare plan shared with the buyer, version 3, signed by Alex on version 2 (stale since), with one
   * internal commitment and one internal milestone of the seller's.
   */
  static MutualActionPlan sharedPlan() {
    MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();
    return MutualActionPlan.builder().from(closing)
        .stakeholders(closing.stakeholders().stream()
            .map(s -> s.id().equals(DANA_CFO) ? s.withRoles(Role.DECISION_MAKER, Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .buyerCoOwner(MARIA_OPS)
        .kind(PlanKind.MUTUAL_ACTION_PLAN)
        .status(PlanStatus.SHARED)
        .version(3)
        .addSignOff(SignOff.of(ALEX_AE, Instant.parse("2027-01-20T15:00:00Z"), 2).withStale(true))
        .addMilestone(Milestone.builder().id(MilestoneId.of("pricing-approved")).name(INTERNAL_MILESTONE)
            .targetDate(LocalDate.of(2027, 2, 26)).visibility(Visibility.INTERNAL).build())
        .addCommitment(Commitment.builder().id(CommitmentId.of("deal-desk-approval")).title(INTERNAL_COMMITMENT)
            .owingSide(Side.SELLER).durationDays(3).visibility(Visibility.INTERNAL)
            .addDependsOn(CommitmentId.of("discovery")).milestone(MilestoneId.of("pricing-approved"))
            .addResponsibility(Responsibility.accountable(ALEX_AE)).build())
        .build();
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
