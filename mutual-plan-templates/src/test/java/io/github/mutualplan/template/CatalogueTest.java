package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.testing.TemplateSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The built-in catalogue, instantiated: what the seeds promise for each kind of customer. */
class CatalogueTest {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final Stakeholder AE = Stakeholder.builder().id(StakeholderId.of("ae")).side(Side.SELLER).name("Alex")
      .addRoles(Role.ACCOUNT_EXECUTIVE).build();

  static Instantiation instantiate(CustomerProfile profile, Deal deal, LocalDate start) {
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(CATALOGUE.templateFor(profile))
        .rules(CATALOGUE.rules())
        .profile(profile)
        .planId(PlanId.of("deal"))
        .deal(deal)
        .sellerOrganization("Acme")
        .addPeople(AE)
        .sellerOwner(AE.id())
        .anchor(Anchor.startOn(start))
        .zone(ZoneId.of("UTC"))
        .createdAt(Instant.parse("2027-01-04T09:00:00Z"))
        .build());
  }

  static long days(MutualActionPlan plan) {
    return ChronoUnit.DAYS.between(plan.start(), plan.targetClose());
  }

  @Test
  void theBuiltInCatalogueHasSixTemplatesAndItsRules() {
    assertThat(CATALOGUE.templates()).extracting(PlanTemplate::id).containsExactlyInAnyOrder("standard-b2b",
        "startup-fast-track", "healthcare-provider", "enterprise-procurement", "public-sector", "smb-velocity");
    assertThat(CATALOGUE.rules()).extracting(CustomizationRule::id).contains("hipaa", "gdpr", "soc-2",
        "formal-procurement", "deal-size", "many-decision-makers", "small-healthcare-practice");
    assertThat(CATALOGUE.templates()).allSatisfy(t -> assertThat(TemplateLint.warnings(t)).isEmpty());
    assertThat(Catalogue.builtIn()).isSameAs(CATALOGUE);
  }

  @Test
  void eachProfileGetsTheTemplateThatFitsIt() {
    CustomerProfile.Builder base = CustomerProfile.builder().industry("technology").dealSize(Money.of("1", "USD"))
        .buyerCountry("US");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.STARTUP).build()).id()).isEqualTo("startup-fast-track");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.SMB).build()).id()).isEqualTo("smb-velocity");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.MID_MARKET).build()).id()).isEqualTo("standard-b2b");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.ENTERPRISE).build()).id()).isEqualTo("enterprise-procurement");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.MID_MARKET).industry("healthcare").build()).id())
        .isEqualTo("healthcare-provider");
    assertThat(CATALOGUE.templateFor(base.segment(Segment.ENTERPRISE).industry("public-sector").build()).id())
        .isEqualTo("public-sector");
  }

  /** A deal and two buyers for it: a tech startup and a healthcare provider. */
  static Gen<Object[]> sameDealTwoBuyers() {
    return in -> {
      Draw d = Gens.draw(in);
      CustomerProfile any = TemplateSamplers.profiles().sample(Gens.draw(in));
      Deal deal = Deal.of("Account", any.dealSize());
      CustomerProfile startup = any.withIndustry("technology").withSegment(Segment.STARTUP)
          .withBuyingProcess(BuyingProcess.FAST_TRACK).withDecisionMakers(d.between(1, 3));
      CustomerProfile provider = any.withIndustry("healthcare").withHeadCount(d.between(1_000, 80_000))
          .withSegment(java.util.Optional.empty());
      return new Object[] {deal, startup, provider, LocalDate.of(2026, 1, 5).plusDays(d.between(0, 2000))};
    };
  }

  @Test
  void forTheSameDealTheStartupsPlanIsShorterThanTheHealthcareProvidersPlan() {
    qt().withExamples(200).forAll(sameDealTwoBuyers()).checkAssert(c -> {
      Deal deal = (Deal) c[0];
      LocalDate start = (LocalDate) c[3];
      MutualActionPlan startup = instantiate((CustomerProfile) c[1], deal, start).plan();
      MutualActionPlan provider = instantiate((CustomerProfile) c[2], deal, start).plan();

      assertThat(startup.targetClose()).isBefore(provider.targetClose());
      assertThat(startup.commitments().size()).isLessThan(provider.commitments().size());
    });
  }

  @Test
  void everyHipaaBuyersPlanHoldsABusinessAssociateAgreement() {
    qt().withExamples(300).forAll(Gens.of(TemplateSamplers.profiles()).map(p ->
        p.withComplianceRegimes(java.util.EnumSet.copyOf(java.util.Set.of(ComplianceRegime.HIPAA)))))
        .checkAssert(profile -> {
          MutualActionPlan plan = instantiate(profile, Deal.of("Clinic", profile.dealSize()),
              LocalDate.of(2027, 3, 1)).plan();

          Commitment baa = plan.commitment(io.github.mutualplan.CommitmentId.of("business-associate-agreement"))
              .orElseThrow();
          assertThat(baa.owingSide()).isEqualTo(Side.BUYER);
          assertThat(baa.tags()).contains("legal", "compliance");
          assertThat(plan.provenance().get().rules()).anyMatch(r -> r.ruleId().equals("hipaa"));
        });
  }

  @Test
  void everyBuiltInTemplateInstantiatesInEnglishAndRussian() {
    CustomerProfile profile = CustomerProfile.builder().industry("technology").segment(Segment.MID_MARKET)
        .dealSize(Money.of("100000", "EUR")).buyerCountry("RU").language(new Locale("ru")).build();
    for (PlanTemplate template : CATALOGUE.templates()) {
      for (Locale locale : List.of(Locale.ENGLISH, new Locale("ru"))) {
        MutualActionPlan plan = TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
            .template(template).rules(CATALOGUE.rules()).profile(profile).planId(PlanId.of(template.id()))
            .deal(Deal.of("ООО Ромашка", Money.of("100000", "EUR"))).sellerOrganization("Acme").addPeople(AE)
            .sellerOwner(AE.id()).anchor(Anchor.startOn(LocalDate.of(2027, 2, 1))).zone(ZoneId.of("Europe/Moscow"))
            .locale(locale).createdAt(Instant.EPOCH).build()).plan();

        assertThat(Scheduler.of(ScheduleOptions.defaults()).schedule(plan).targetReachable()).isTrue();
        boolean cyrillic = plan.commitments().stream().allMatch(x -> x.title().matches("(?s).*\\p{IsCyrillic}.*"));
        assertThat(cyrillic).as("%s in %s", template.id(), locale).isEqualTo(locale.getLanguage().equals("ru"));
      }
    }
  }
}
