package io.github.mutualplan.render;

import static io.github.mutualplan.render.Documents.DEAL_DESK;
import static io.github.mutualplan.render.Documents.PRICING_APPROVED;
import static io.github.mutualplan.render.Documents.sharedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.Schedule;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.testing.SamplePlans;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The document of the healthcare deal as a format of one's own reads it. */
class PlanDocumentExamplesTest {
  static final MutualActionPlan PLAN = sharedPlan();
  static final RenderOptions BUYER = RenderOptions.defaults();

  @Test
  void aWriterWritesDatesAndMoneyAsTheDocumentsLocaleDoes() {
    PlanDocument english = PlanDocument.of(PLAN, Optional.empty(), BUYER.withLocale(Locale.US));
    PlanDocument russian = PlanDocument.of(PLAN, Optional.empty(), BUYER.withLocale(Locale.forLanguageTag("ru")));
    io.github.mutualplan.Money value = io.github.mutualplan.Money.of("480000.00", "USD");

    assertThat(english.date(LocalDate.of(2027, 7, 12))).isEqualTo("Jul 12, 2027");
    assertThat(english.month(LocalDate.of(2027, 7, 12))).isEqualTo("Jul 2027");
    assertThat(english.money(value)).isEqualTo("$480,000.00");
    assertThat(russian.date(LocalDate.of(2027, 7, 12))).isEqualTo("12 июл. 2027 г.");
    assertThat(russian.money(value).replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("480 000,00 $");
  }

  @Test
  void theBuyersDocumentHoldsTheSharedItemsWithTheDatesOfTheWholePlansSchedule() {
    PlanDocument doc = PlanDocument.of(PLAN, Optional.empty(), BUYER);
    Schedule schedule = Scheduler.of(ScheduleOptions.defaults()).schedule(PLAN);

    assertThat(doc.audience()).isEqualTo(Audience.BUYER);
    assertThat(doc.plan()).isEqualTo(PLAN.buyerView());
    assertThat(doc.rows()).extracting(row -> row.commitment().id()).doesNotContain(DEAL_DESK)
        .hasSize(PLAN.commitments().size() - 1);
    assertThat(doc.milestones()).extracting(row -> row.milestone().id()).doesNotContain(PRICING_APPROVED);
    assertThat(doc.projectedClose()).isEqualTo(schedule.projectedClose());
    assertThat(doc.rows(Side.BUYER)).isNotEmpty().allSatisfy(row -> assertThat(row.side()).isEqualTo(Side.BUYER));

    PlanDocument.CommitmentRow discovery = doc.rows().get(0);
    assertThat(discovery.commitment().id()).isEqualTo(CommitmentId.of("discovery"));
    assertThat(discovery.owner()).contains("Alex Kim");
    assertThat(discovery.start()).contains(LocalDate.of(2027, 1, 11));
    assertThat(discovery.finish()).contains(LocalDate.of(2027, 1, 15));
    assertThat(discovery.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(discovery.critical()).isTrue();
    assertThat(discovery.late()).isFalse();
    assertThat(discovery).hasToString("discovery: 2027-01-11 to 2027-01-15, critical");

    PlanDocument.MilestoneRow close = doc.milestones().stream().filter(PlanDocument.MilestoneRow::closing)
        .findFirst().orElseThrow();
    assertThat(close.target()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(close.projected()).isEqualTo(schedule.projectedClose());
    assertThat(close.late()).isEqualTo(schedule.projectedClose().isAfter(close.target()));
  }

  @Test
  void theTeamsDocumentHoldsTheInternalItemsToo() {
    PlanDocument doc = PlanDocument.of(PLAN, Optional.empty(), BUYER.withAudience(Audience.INTERNAL));

    assertThat(doc.plan()).isEqualTo(PLAN);
    assertThat(doc.rows()).extracting(row -> row.commitment().id()).contains(DEAL_DESK);
    assertThat(doc.milestones()).extracting(row -> row.milestone().id()).contains(PRICING_APPROVED);
  }

  @Test
  void asOfADayAnOpenCommitmentDueBeforeItIsLate() {
    LocalDate today = LocalDate.of(2027, 3, 1);
    MutualActionPlan plan = PLAN.withCommitments(PLAN.commitments().stream()
        .map(c -> c.id().key().equals("discovery") ? c.withDue(LocalDate.of(2027, 1, 15)) : c)
        .collect(Collectors.toList()));
    PlanDocument doc = PlanDocument.of(plan, Optional.of(today), BUYER);

    PlanDocument.CommitmentRow discovery = doc.rows().get(0);
    assertThat(doc.asOf()).contains(today);
    assertThat(discovery.start()).contains(today);
    assertThat(discovery.late()).isTrue();
    assertThat(discovery.toString()).startsWith("discovery: 2027-03-01 to ").contains(", due 2027-01-15")
        .endsWith(", late");
  }

  @Test
  void labelsAndNamesAreInTheDocumentsLanguage() {
    PlanDocument en = PlanDocument.of(PLAN, Optional.empty(), BUYER);
    PlanDocument ru = PlanDocument.of(PLAN, Optional.empty(), BUYER.withLocale(new Locale("ru")));

    assertThat(en.label(Side.BUYER)).isEqualTo("Buyer");
    assertThat(ru.label(Side.BUYER)).isEqualTo("Покупатель");
    assertThat(ru.locale()).isEqualTo(new Locale("ru"));
    assertThat(en.label(Role.ECONOMIC_BUYER)).isEqualTo("Economic buyer");
    assertThat(en.label("column.finish")).isEqualTo("Finish");
    assertThat(ru.label("text.scheduled", "2027-03-01", "2027-03-05"))
        .isEqualTo("По графику: с 2027-03-01 по 2027-03-05");
    assertThat(en.name(SamplePlans.ALEX_AE)).isEqualTo("Alex Kim");
    assertThat(en.name(StakeholderId.of("nobody"))).isEqualTo("nobody");
    assertThat(en.organization(Side.SELLER)).isEqualTo("Acme Software");
    assertThatThrownBy(() -> en.label("no.such.key")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void aFormatOfOnesOwnIsAWriterOfTheDocumentAsTheReadmeShows() {
    MutualActionPlan plan = PLAN;
    // The lines of README.md's "Documents" section, as they are there:
    DocumentWriter nextSteps = (doc, out) -> doc.rows(Side.BUYER).stream()
        .filter(row -> row.status().isPending())
        .forEach(row -> out.append(row.late() ? "LATE " : "").append(row.commitment().title()).append(", ")
            .append(row.owner().orElse("")).append(", ").append(row.finish().orElseThrow()).append('\n'));
    String pledges = PlanRenderer.of(RenderOptions.defaults(), nextSteps).render(plan, LocalDate.of(2027, 3, 1));

    PlanDocument doc = PlanDocument.of(plan, Optional.of(LocalDate.of(2027, 3, 1)), BUYER);
    assertThat(pledges.lines()).hasSize(doc.rows(Side.BUYER).size())
        .first().asString().startsWith("HIPAA security risk assessment, Lee Chen, ");
    assertThat(pledges).doesNotContain("Deal desk");
    assertThatThrownBy(() -> PlanRenderer.of(BUYER, nextSteps).render(SamplePlans.healthcareClosingPlan().build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing plan");
  }

  @Test
  void theDocumentAndItsRowsAreImmutableAndExposeNoHiddenType() {
    PlanDocument doc = PlanDocument.of(PLAN, Optional.empty(), BUYER);

    assertThatThrownBy(() -> doc.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> doc.milestones().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> doc.rows(Side.BUYER).clear()).isInstanceOf(UnsupportedOperationException.class);
    for (Class<?> type : new Class<?>[] {PlanDocument.class, PlanDocument.CommitmentRow.class,
        PlanDocument.MilestoneRow.class}) {
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(type.getConstructors()).as("%s has no public constructor", type).isEmpty();
      assertThat(Arrays.stream(type.getDeclaredFields()).allMatch(f -> Modifier.isFinal(f.getModifiers())))
          .as("%s has only final fields", type).isTrue();
      assertThat(type.getSuperclass()).isEqualTo(Object.class);
    }
  }

  @Test
  void nullIsRejectedWithTheParameterNamed() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MutualActionPlan.class, PLAN)
        .setDefault(RenderOptions.class, BUYER)
        .setDefault(DocumentWriter.class, (doc, out) -> out.append(doc.plan().title()));
    tester.testAllPublicStaticMethods(PlanDocument.class);
    tester.testAllPublicInstanceMethods(PlanDocument.of(PLAN, Optional.empty(), BUYER));
    tester.testAllPublicStaticMethods(PlanRenderer.class);
    assertThatThrownBy(() -> PlanRenderer.of(BUYER, null)).hasMessage("writer");
    assertThatThrownBy(() -> PlanDocument.of(PLAN, Optional.empty(), BUYER).label("text.signed", "2", null))
        .hasMessage("arguments");
  }
}
