package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.mutualplan.AppliedRule;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.template.CatalogueChoice.RuleMatch;
import io.github.mutualplan.template.testing.TemplateSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The catalogue explains its choice: the template and what chose it, the segment and whether it was stated or
 * inferred (from the head count), each rule that applies and the conditions of the profile it matched, and
 * warnings about an industry it does not know.
 */
class CatalogueChoiceTest {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final Stakeholder AE = Stakeholder.builder().id(StakeholderId.of("ae")).side(Side.SELLER).name("Alex")
      .addRoles(Role.ACCOUNT_EXECUTIVE).build();
  static final String KNOWN = "Known industries: education, energy, financial-services, healthcare, logistics,"
      + " manufacturing, media, professional-services, public-sector, retail, technology, telecommunications";
  static final List<String> NOT_EU_EEA = List.of("US", "GB", "CH", "RU", "JP", "BR", "CA", "AU", "IN", "TR");

  static final CustomerProfile HOSPITAL = CustomerProfile.builder().industry("healthcare").headCount(12_000)
      .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT).addComplianceRegimes(ComplianceRegime.HIPAA)
      .decisionMakers(9).dealSize(Money.of("480000", "USD")).buyerCountry("US").build();
  static final CustomerProfile FORTY_PEOPLE = CustomerProfile.builder().industry("technology").headCount(40)
      .dealSize(Money.of("20000", "USD")).buyerCountry("US").build();

  static Instantiation instantiate(CustomerProfile profile) {
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .template(CATALOGUE.templateFor(profile)).rules(CATALOGUE.rules()).profile(profile).planId(PlanId.of("deal"))
        .deal(Deal.of("Account", profile.dealSize())).sellerOrganization("Acme").addPeople(AE).sellerOwner(AE.id())
        .anchor(Anchor.startOn(LocalDate.of(2027, 3, 1))).zone(ZoneId.of("UTC")).createdAt(Instant.EPOCH).build());
  }

  static List<String> ruleIds(CatalogueChoice choice) {
    return choice.rules().stream().map(RuleMatch::id).collect(Collectors.toList());
  }

  // --- examples that read like documentation

  @Test
  void aHealthSystemIsExplainedTemplateSegmentAndEveryRule() {
    CatalogueChoice choice = CATALOGUE.explain(HOSPITAL);

    assertThat(choice.template().id()).isEqualTo("healthcare-provider");
    assertThat(choice.templateReason()).isEqualTo("industry healthcare: the industry's own plan");
    assertThat(choice.segment()).isEqualTo(Segment.ENTERPRISE);
    assertThat(choice.segmentInferred()).isTrue();
    assertThat(choice.segmentReason()).startsWith(
        "inferred from the head count of 12000: 1000 people or more is ENTERPRISE");
    assertThat(choice.rules()).extracting(RuleMatch::id, RuleMatch::conditions).containsExactly(
        org.assertj.core.groups.Tuple.tuple("hipaa", List.of("complianceRegimes: HIPAA, as stated")),
        org.assertj.core.groups.Tuple.tuple("formal-procurement", List.of("buyingProcess FORMAL_PROCUREMENT")),
        org.assertj.core.groups.Tuple.tuple("deal-size", List.of("dealSize 480000.00 USD, at least 100000 USD")),
        org.assertj.core.groups.Tuple.tuple("many-decision-makers", List.of("decisionMakers 9, at least 5")));
    assertThat(choice.rules().get(0).reason()).startsWith("The buyer handles US protected health information");
    assertThat(choice.warnings()).isEmpty();
  }

  /** The case a user found: nothing said why a 40-person startup got the small-business plan. Now it does. */
  @Test
  void aFortyPersonCompanyIsASmallBusinessUnlessTheProfileSaysItIsAStartup() {
    CatalogueChoice inferred = CATALOGUE.explain(FORTY_PEOPLE);

    assertThat(inferred.template().id()).isEqualTo("smb-velocity");
    assertThat(inferred.templateReason())
        .isEqualTo("segment SMB: a small business's short plan, where the owner decides");
    assertThat(inferred.segment()).isEqualTo(Segment.SMB);
    assertThat(inferred.segmentInferred()).isTrue();
    assertThat(inferred.segmentReason()).isEqualTo("inferred from the head count of 40: fewer than 100 people is SMB"
        + " (the segment is inferred from the head count alone). STARTUP is never inferred: the profile has no"
        + " founding year or funding stage to tell a young company from an established one, so set"
        + " segment(STARTUP) for a startup");

    CatalogueChoice stated = CATALOGUE.explain(FORTY_PEOPLE.withSegment(Segment.STARTUP));

    assertThat(stated.template().id()).isEqualTo("startup-fast-track");
    assertThat(stated.templateReason()).startsWith("segment STARTUP");
    assertThat(stated.segmentInferred()).isFalse();
    assertThat(stated.segmentReason()).isEqualTo("stated in the profile (the head count of 40 alone would give SMB)");
  }

  /** The case a user found: a misspelled industry silently lost every clinical step. */
  @Test
  void aMisspelledIndustryIsAWarningThatSuggestsTheNearestKnownOne() {
    CatalogueChoice choice = CATALOGUE.explain(HOSPITAL.withIndustry("helthcare"));

    assertThat(choice.template().id()).isEqualTo("enterprise-procurement");
    assertThat(choice.warnings()).containsExactly("industry: 'helthcare' is not an industry the catalogue knows;"
        + " did you mean 'healthcare'? " + KNOWN + "; the plan follows the segment and buying process alone"
        + " (enterprise-procurement) and no rule for an industry applies");
  }

  @Test
  void anIndustryWithNoKnownOneNearbyIsAWarningThatListsTheKnownOnes() {
    CatalogueChoice choice = CATALOGUE.explain(HOSPITAL.withIndustry("biotech"));

    assertThat(choice.warnings()).singleElement().asString()
        .startsWith("industry: 'biotech' is not an industry the catalogue knows. " + KNOWN)
        .doesNotContain("did you mean");
  }

  /** What a command line uses: an unknown industry is refused, naming the field, the value and the known ones. */
  @Test
  void chooseRefusesAnIndustryTheCatalogueDoesNotKnow() {
    assertThatThrownBy(() -> CATALOGUE.choose(HOSPITAL.withIndustry("helthcare")))
        .isInstanceOf(TemplateValidationException.class)
        .hasMessage("Invalid customer profile: industry: 'helthcare' is not an industry the catalogue knows;"
            + " did you mean 'healthcare'? " + KNOWN)
        .satisfies(e -> assertThat(((TemplateValidationException) e).violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.path()).isEqualTo("industry");
              assertThat(v.rule()).isEqualTo(PlanRule.VALID_VALUES);
            }));
    assertThat(CATALOGUE.choose(HOSPITAL)).isEqualTo(CATALOGUE.explain(HOSPITAL));
  }

  /** A buyer in Germany is subject to GDPR whether or not the profile says so; the explanation says why. */
  @Test
  void aGermanBuyerGetsTheGdprRuleAndTheExplanationSaysWhy() {
    CustomerProfile munich = FORTY_PEOPLE.withBuyerCountry("DE");

    CatalogueChoice choice = CATALOGUE.explain(munich);

    assertThat(munich.complianceRegimes()).isEmpty();
    assertThat(munich.effectiveComplianceRegimes()).containsExactly(ComplianceRegime.GDPR);
    assertThat(choice.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.id()).isEqualTo("gdpr");
      assertThat(rule.conditions())
          .containsExactly("complianceRegimes: GDPR, because buyerCountry DE is in the EU/EEA");
    });
    Instantiation made = instantiate(munich);
    assertThat(made.appliedRules()).extracting(AppliedRule::ruleId).containsExactly("gdpr");
    assertThat(made.plan().commitment(CommitmentId.of("data-processing-agreement"))).isPresent();
  }

  @Test
  void theEuAndEeaAreThirtyCountriesWithoutTheUkOrSwitzerland() {
    assertThat(CustomerProfile.EU_EEA_COUNTRIES).hasSize(30).contains("DE", "FR", "GR", "IE", "NO", "IS", "LI")
        .doesNotContain("GB", "CH", "EL", "EU");
    assertThat(CATALOGUE.explain(FORTY_PEOPLE.withBuyerCountry("GB")).rules()).isEmpty();
  }

  @Test
  void aSmallPracticeIsExplainedByTheTemplateTheIndustryAndTheStatedSegment() {
    CustomerProfile office = FORTY_PEOPLE.withIndustry("healthcare").withSegment(Segment.SMB);

    CatalogueChoice choice = CATALOGUE.explain(office);

    assertThat(choice.template().id()).isEqualTo("healthcare-provider");
    assertThat(choice.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.id()).isEqualTo("small-healthcare-practice");
      assertThat(rule.conditions()).containsExactly("template healthcare-provider", "industry healthcare",
          "segment SMB, as stated");
    });
  }

  @Test
  void aRuleWrittenInCodeIsExplainedByItsReasonAlone() {
    CustomizationRule france = new CustomizationRule() {
      @Override
      public String id() {
        return "slow-legal-in-france";
      }

      @Override
      public java.util.Optional<String> reason(PlanTemplate t, CustomerProfile p, java.util.Locale locale) {
        return p.buyerCountry().equals("FR") ? java.util.Optional.of("French legal reviews take longer")
            : java.util.Optional.empty();
      }

      @Override
      public PlanTemplate apply(PlanTemplate t, CustomerProfile p) {
        return TemplateOperation.scaleDurations(1.5, java.util.Set.of("legal")).applyTo(t);
      }
    };
    Catalogue mine = Catalogue.of(CATALOGUE.templates(), List.of(france));

    CatalogueChoice choice = mine.explain(FORTY_PEOPLE.withBuyerCountry("FR"));

    assertThat(choice.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.reason()).isEqualTo("French legal reviews take longer");
      assertThat(rule.conditions()).isEmpty();
    });
  }

  @Test
  void aCatalogueKnowsTheIndustriesItsRulesName() {
    RuleDefinition mining = RuleDefinition.builder().id("mining-safety").reason(LocalizedText.of("Mines are"))
        .when(RuleCondition.builder().addIndustry("mining").build()).build();

    Catalogue mine = Catalogue.of(CATALOGUE.templates(), List.of(mining));

    assertThat(mine.industries()).contains("mining", "healthcare", "technology");
    assertThat(CATALOGUE.industries()).doesNotContain("mining");
    assertThat(mine.explain(FORTY_PEOPLE.withIndustry("mining")).warnings()).isEmpty();
  }

  @Test
  void theExplanationIsAValueAndRejectsNull() {
    new NullPointerTester().setDefault(CustomerProfile.class, HOSPITAL).testAllPublicInstanceMethods(CATALOGUE);
    new EqualsTester()
        .addEqualityGroup(CATALOGUE.explain(HOSPITAL), CATALOGUE.explain(HOSPITAL))
        .addEqualityGroup(CATALOGUE.explain(FORTY_PEOPLE))
        .testEquals();
  }

  // --- properties: each rule of the explanation, for any profile

  @Test
  void theExplanationNamesTheTemplateAndTheSegmentTheCatalogueUses() {
    qt().withExamples(300).forAll(Gens.of(TemplateSamplers.profiles())).checkAssert(profile -> {
      CatalogueChoice choice = CATALOGUE.explain(profile);

      assertThat(choice.template()).isEqualTo(CATALOGUE.templateFor(profile));
      assertThat(choice.segment()).isEqualTo(profile.effectiveSegment());
      assertThat(choice.segmentInferred()).isEqualTo(profile.segment().isEmpty());
      if (choice.segmentInferred()) {
        assertThat(choice.segment()).isNotEqualTo(Segment.STARTUP)
            .isEqualTo(Segment.ofHeadCount(profile.headCount().getAsInt()));
        assertThat(choice.segmentReason()).contains("head count of " + profile.headCount().getAsInt());
        // A company small enough to be a startup is told how to say it is one.
        assertThat(choice.segmentReason().contains("STARTUP is never inferred"))
            .isEqualTo(choice.segment() != Segment.ENTERPRISE);
      } else {
        assertThat(choice.segmentReason()).startsWith("stated in the profile");
      }
    });
  }

  @Test
  void theExplainedRulesAreThoseThePlanRecords() {
    qt().withExamples(200).forAll(Gens.of(TemplateSamplers.profiles())).checkAssert(profile -> {
      CatalogueChoice choice = CATALOGUE.explain(profile);
      List<AppliedRule> applied = instantiate(profile).appliedRules();

      assertThat(choice.rules()).extracting(RuleMatch::id).containsExactlyElementsOf(
          applied.stream().map(AppliedRule::ruleId).collect(Collectors.toList()));
      assertThat(choice.rules()).extracting(RuleMatch::reason).containsExactlyElementsOf(
          applied.stream().map(AppliedRule::reason).collect(Collectors.toList()));
      assertThat(choice.rules()).allSatisfy(r -> assertThat(r.conditions()).isNotEmpty());
    });
  }

  @Test
  void aKnownIndustryIsNeverAWarning() {
    qt().withExamples(200).forAll(profilesIn(new ArrayList<>(CATALOGUE.industries()))).checkAssert(profile -> {
      assertThat(CATALOGUE.explain(profile).warnings()).isEmpty();
      assertThat(CATALOGUE.choose(profile)).isEqualTo(CATALOGUE.explain(profile));
    });
  }

  @Test
  void anUnknownIndustryIsAWarningAndChooseRefusesIt() {
    qt().withExamples(300).forAll(profilesWithUnknownIndustry()).checkAssert(profile -> {
      CatalogueChoice choice = CATALOGUE.explain(profile);

      assertThat(choice.warnings()).singleElement().asString()
          .startsWith("industry: '" + profile.industry() + "' is not an industry the catalogue knows").contains(KNOWN);
      assertThat(choice.template()).as("the template follows the segment and process alone")
          .isEqualTo(CATALOGUE.templateFor(profile.withIndustry("technology")));
      assertThatThrownBy(() -> CATALOGUE.choose(profile)).isInstanceOf(TemplateValidationException.class)
          .hasMessageContaining("industry: '" + profile.industry() + "'").hasMessageContaining(KNOWN);
    });
  }

  @Test
  void aKnownIndustryWithOneLetterWrongIsSuggested() {
    qt().withExamples(300).forAll(typos()).checkAssert(typo -> {
      String warning = CATALOGUE.explain(FORTY_PEOPLE.withIndustry(typo)).warnings().get(0);

      String suggested = warning.replaceFirst("(?s).*did you mean '([a-z-]+)'.*", "$1");
      assertThat(CATALOGUE.industries()).as(warning).contains(suggested);
      assertThat(edits(typo, suggested)).isEqualTo(1);
    });
  }

  /** Levenshtein's distance, written out plainly as the oracle of the suggestion. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void aBuyerInTheEuOrEeaIsSubjectToGdprAndTheExplanationSaysSo() {
    qt().withExamples(300).forAll(profilesInEurope()).checkAssert(profile -> {
      CatalogueChoice choice = CATALOGUE.explain(profile);

      assertThat(profile.effectiveComplianceRegimes()).contains(ComplianceRegime.GDPR)
          .containsAll(profile.complianceRegimes());
      RuleMatch gdpr = choice.rules().stream().filter(r -> r.id().equals("gdpr")).findFirst().orElseThrow();
      assertThat(gdpr.conditions()).containsExactly(profile.complianceRegimes().contains(ComplianceRegime.GDPR)
          ? "complianceRegimes: GDPR, as stated"
          : "complianceRegimes: GDPR, because buyerCountry " + profile.buyerCountry() + " is in the EU/EEA");
    });
  }

  @Test
  void aBuyerElsewhereIsSubjectToGdprOnlyWhenTheProfileSaysSo() {
    qt().withExamples(300).forAll(profilesOutsideEurope()).checkAssert(profile -> {
      boolean stated = profile.complianceRegimes().contains(ComplianceRegime.GDPR);

      assertThat(profile.effectiveComplianceRegimes()).isEqualTo(profile.complianceRegimes());
      assertThat(ruleIds(CATALOGUE.explain(profile)).contains("gdpr")).isEqualTo(stated);
    });
  }

  // --- generators

  static Gen<CustomerProfile> profilesIn(List<String> industries) {
    return in -> TemplateSamplers.profiles().sample(Gens.draw(in)).withIndustry(Gens.draw(in).pick(industries));
  }

  static Gen<CustomerProfile> profilesWithUnknownIndustry() {
    return in -> {
      Draw d = Gens.draw(in);
      StringBuilder key = new StringBuilder();
      for (int i = d.between(2, 14); i > 0; i--) {
        key.append((char) ('a' + d.between(0, 25)));
      }
      String industry = CATALOGUE.industries().contains(key.toString()) ? key + "-x" : key.toString();
      return TemplateSamplers.profiles().sample(Gens.draw(in)).withIndustry(industry);
    };
  }

  /** A known industry with one letter inserted, removed or replaced, that is no known industry itself. */
  static Gen<String> typos() {
    return in -> {
      Draw d = Gens.draw(in);
      String known = d.pick(new ArrayList<>(CATALOGUE.industries()));
      while (true) {
        int at = d.between(0, known.length() - 1);
        char letter = (char) ('a' + d.between(0, 25));
        String typo;
        switch (d.between(0, 2)) {
          case 0:
            typo = known.substring(0, at) + letter + known.substring(at);
            break;
          case 1:
            typo = known.substring(0, at) + known.substring(at + 1);
            break;
          default:
            typo = known.substring(0, at) + letter + known.substring(at + 1);
            break;
        }
        if (!CATALOGUE.industries().contains(typo) && typo.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          return typo;
        }
      }
    };
  }

  static Gen<CustomerProfile> profilesInEurope() {
    return in -> TemplateSamplers.profiles().sample(Gens.draw(in))
        .withBuyerCountry(Gens.draw(in).pick(new ArrayList<>(CustomerProfile.EU_EEA_COUNTRIES)));
  }

  static Gen<CustomerProfile> profilesOutsideEurope() {
    return in -> {
      Draw d = Gens.draw(in);
      CustomerProfile profile = TemplateSamplers.profiles().sample(Gens.draw(in)).withBuyerCountry(d.pick(NOT_EU_EEA));
      return d.chance(30) ? profile.withComplianceRegimes(EnumSet.of(ComplianceRegime.GDPR)) : profile;
    };
  }
}
