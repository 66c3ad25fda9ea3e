package io.github.mutualplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.PlanDocument;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.testing.SamplePlans;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
  private static final RenderOptions BUYER = RenderOptions.defaults();
  private static final RenderOptions INTERNAL = RenderOptions.defaults().withAudience(Audience.INTERNAL);
  private static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

  @Test
  void theBuyersDocumentHasTheTitleEverySharedCommitmentTheLegendAndPageNumbers() {
    MutualActionPlan plan = Pdfs.sharedPlan();
    byte[] pdf = PdfRenderer.of(BUYER).render(plan, AS_OF);
    String text = Pdfs.text(pdf);

    assertThat(text).contains("Mutual action plan: Northwind Health and Acme Software", plan.title(), "At a glance",
        "Deal value", "$480,000.00", "Commitments", "Buyer: Northwind Health", "Seller: Acme Software", "Critical",
        "Milestone (closing)", "Today: Mar 15, 2027", "Page 1 of ");
    for (Commitment c : plan.commitments()) {
      if (c.visibility() == Visibility.SHARED) {
        assertThat(text).as(c.title()).contains(c.title());
      }
    }
    int pages;
    try (PDDocument document = Pdfs.load(pdf)) {
      pages = document.getNumberOfPages();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(pages).isGreaterThanOrEqualTo(2);
    for (int page = 1; page <= pages; page++) {
      assertThat(text).contains("Page " + page + " of " + pages);
    }
  }

  @Test
  void everyDateIsWholeOnOneLine() {
    MutualActionPlan plan = Pdfs.sharedPlan();
    PlanDocument doc = PlanDocument.of(plan, Optional.of(AS_OF), BUYER);
    String text = Pdfs.text(PdfRenderer.of(BUYER).render(plan, AS_OF));
    for (PlanDocument.CommitmentRow row : doc.rows()) {
      assertThat(text).contains(doc.date(row.start().get()) + " " + doc.date(row.finish().get()));
    }
    for (PlanDocument.MilestoneRow row : doc.milestones()) {
      assertThat(text).contains(doc.date(row.target()) + " " + doc.date(row.projected()));
    }
  }

  @Test
  void aLongChartGoesOnOverPagesWithItsAxisAtTheTopOfEach() {
    List<MutualActionPlan> found = new ArrayList<>();
    qt().withFixedSeed(5).withExamples(300).forAll(Gens.plans(200)).checkAssert(plan -> {
      if (found.isEmpty() && plan.commitments().stream().filter(c -> c.status() != CommitmentStatus.CANCELLED)
          .count() >= 110) {
        found.add(plan);
      }
    });
    byte[] pdf = PdfRenderer.of(INTERNAL).render(found.get(0));
    List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
    // The axis's month labels are the only text in 7 points.
    Set<Integer> axisPages = glyphs.stream().filter(g -> Math.abs(g.size() - 7) < 0.01f).map(Pdfs.Glyph::page)
        .collect(Collectors.toSet());
    assertThat(axisPages).hasSizeGreaterThanOrEqualTo(3);
    assertThat(Pdfs.outside(glyphs)).isEmpty();
    assertThat(Pdfs.headingsAtPageBottom(glyphs)).isEmpty();
  }

  @Test
  void theBuyersDocumentHasNoInternalItem() {
    MutualActionPlan plan = Pdfs.sharedPlan();
    String buyer = Pdfs.text(PdfRenderer.of(BUYER).render(plan));
    String internal = Pdfs.text(PdfRenderer.of(INTERNAL).render(plan));

    assertThat(buyer).doesNotContain(Pdfs.INTERNAL_COMMITMENT, Pdfs.INTERNAL_MILESTONE, "12%");
    assertThat(internal).contains(Pdfs.INTERNAL_COMMITMENT, Pdfs.INTERNAL_MILESTONE);
  }

  @Test
  void noGlyphIsOutsideThePagesMargins() {
    for (PageSize size : PageSize.values()) {
      byte[] pdf = PdfRenderer.of(INTERNAL).withPageSize(size).render(Pdfs.sharedPlan(), AS_OF);
      assertThat(Pdfs.glyphs(pdf)).isNotEmpty();
      assertThat(Pdfs.outside(Pdfs.glyphs(pdf))).isEmpty();
      assertThat(Pdfs.headingsAtPageBottom(Pdfs.glyphs(pdf))).isEmpty();
    }
  }

  @Test
  void longTextsAreWrappedNotCutAndStayOnThePage() {
    String longTitle = "Security review of the whole platform, its hosting, backups, incident response and"
        + " disaster recovery by the buyer's information security office, with evidence for each control";
    String longWord = "x".repeat(300);
    MutualActionPlan plan = MutualActionPlan.builder().from(Pdfs.sharedPlan())
        .commitments(Pdfs.sharedPlan().commitments().stream()
            .map(c -> c.id().key().equals("baa-review") ? c.withTitle(longTitle).withDeliverable(longWord) : c)
            .collect(Collectors.toList()))
        .build();
    byte[] pdf = PdfRenderer.of(BUYER).render(plan);

    assertThat(Pdfs.outside(Pdfs.glyphs(pdf))).isEmpty();
    String glyphs = Pdfs.glyphs(pdf).stream().map(Pdfs.Glyph::text).collect(Collectors.joining());
    assertThat(glyphs).contains(longWord);
    assertThat(Pdfs.text(pdf).replace(" ", "")).contains(longTitle.replace(" ", "").substring(0, 40));
  }

  @Test
  void aRussianDocumentHasCyrillicText() {
    RenderOptions russian = BUYER.withLocale(new Locale("ru"));
    MutualActionPlan plan = MutualActionPlan.builder().from(Pdfs.sharedPlan())
        .title("Нортвинд: автоматизация обработки претензий").build();
    byte[] pdf = PdfRenderer.of(russian).render(plan, AS_OF);
    String text = Pdfs.text(pdf);

    assertThat(text).contains("Нортвинд: автоматизация обработки претензий", "Обязательства", "Страница 1 из ",
        "Сегодня: 15 мар. 2027 г.");
    assertThat(Pdfs.outside(Pdfs.glyphs(pdf))).isEmpty();
  }

  @Test
  void aCharacterTheFontLacksBecomesAQuestionMark() {
    MutualActionPlan plan = MutualActionPlan.builder().from(Pdfs.sharedPlan())
        .title("Northwind \u6f22\u5b57 \uD83D\uDE80 claims").build();
    String text = Pdfs.text(PdfRenderer.of(BUYER).render(plan));

    assertThat(text).contains("Northwind ?? ? claims");
  }

  @Test
  void aLocaleWhoseScriptTheFontLacksStillRendersWithQuestionMarks() {
    for (Locale locale : List.of(Locale.JAPAN, Locale.CHINA, Locale.KOREA, new Locale("ar", "EG"),
        new Locale("hi", "IN"), new Locale("th", "TH"))) {
      byte[] pdf = PdfRenderer.of(BUYER.withLocale(locale)).render(Pdfs.sharedPlan(), AS_OF);
      assertThat(Pdfs.text(pdf)).as("%s", locale).contains(Pdfs.sharedPlan().title());
      assertThat(Pdfs.outside(Pdfs.glyphs(pdf))).as("%s", locale).isEmpty();
    }
  }

  @Test
  void thePageSizeFollowsTheLocalesCountryUnlessSet() {
    assertThat(PdfRenderer.of(BUYER).pageSize()).isEqualTo(PageSize.A4);
    assertThat(PdfRenderer.of(BUYER.withLocale(Locale.US)).pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(PdfRenderer.of(BUYER.withLocale(Locale.CANADA_FRENCH)).pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(PdfRenderer.of(BUYER.withLocale(Locale.UK)).pageSize()).isEqualTo(PageSize.A4);
    PdfRenderer letter = PdfRenderer.of(BUYER).withPageSize(PageSize.LETTER);
    assertThat(letter.pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(letter.options()).isEqualTo(BUYER);

    try (PDDocument document = Pdfs.load(letter.render(Pdfs.sharedPlan()))) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theMetadataNameThePlanTheSellerAndWhenItWasMade() throws IOException {
    Instant at = Instant.parse("2027-03-15T09:30:00Z");
    byte[] pdf = PdfRenderer.of(BUYER.withGeneratedAt(at)).render(Pdfs.sharedPlan());
    try (PDDocument document = Pdfs.load(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Northwind Health: claims automation");
      assertThat(info.getAuthor()).isEqualTo("Acme Software");
      Calendar created = info.getCreationDate();
      assertThat(created.toInstant()).isEqualTo(at);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  @Test
  void theSamePlanGivesTheSameBytes() {
    PdfRenderer renderer = PdfRenderer.of(BUYER);
    assertThat(renderer.render(Pdfs.sharedPlan(), AS_OF)).isEqualTo(renderer.render(Pdfs.sharedPlan(), AS_OF));
  }

  @Test
  void theStreamIsWrittenAndLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PdfRenderer.of(BUYER).render(Pdfs.sharedPlan(), Optional.of(AS_OF), out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(PdfRenderer.of(BUYER).render(Pdfs.sharedPlan(), AS_OF));
  }

  @Test
  void aClosingPlanIsNeverTheBuyers() {
    MutualActionPlan closing = SamplePlans.healthcareClosingPlan().build();
    assertThatThrownBy(() -> PdfRenderer.of(BUYER).render(closing)).isInstanceOf(IllegalStateException.class);
    assertThat(PdfRenderer.of(INTERNAL).render(closing)).isNotEmpty();
  }

  @Test
  void nullIsRejectedWithTheParametersName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RenderOptions.class, BUYER)
        .setDefault(MutualActionPlan.class, Pdfs.sharedPlan())
        .setDefault(LocalDate.class, AS_OF)
        .setDefault(OutputStream.class, new ByteArrayOutputStream());
    tester.testAllPublicStaticMethods(PdfRenderer.class);
    tester.testAllPublicInstanceMethods(PdfRenderer.of(BUYER));
  }
}
