package io.github.mutualplan.template;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link Catalogue} chose for a customer, and why: the template and the condition of the profile that
 * chose it, the segment used and whether it was stated or inferred (and from what), each rule that applies with
 * the conditions of the profile it matched, and warnings about the profile, such as an industry the catalogue
 * does not know.
 *
 * <pre>{@code
 * CustomerProfile startup = CustomerProfile.builder().industry("technology").headCount(40)
 *     .dealSize(Money.of("20000", "EUR")).buyerCountry("DE").build();
 * CatalogueChoice choice = Catalogue.builtIn().explain(startup);
 * choice.template().id();      // "smb-velocity"
 * choice.templateReason();     // "segment SMB: a small business's short plan, where the owner decides"
 * choice.segmentInferred();    // true
 * choice.segmentReason();      // "inferred from the head count of 40: fewer than 100 people is SMB. STARTUP is
 *                              //  never inferred: the profile has no founding year or funding stage..."
 * choice.rules().get(0).id();            // "gdpr"
 * choice.rules().get(0).conditions();    // ["complianceRegimes: GDPR, because buyerCountry DE is in the EU/EEA"]
 * choice.warnings();                     // []
 *
 * Catalogue.builtIn().explain(profile.withIndustry("helthcare")).warnings();
 * // ["industry: 'helthcare' is not an industry the catalogue knows; did you mean 'healthcare'? Known
 * //   industries: education, energy, ...; the plan follows the segment and buying process alone (...)"]
 * Catalogue.builtIn().choose(profile.withIndustry("helthcare"));   // throws TemplateValidationException
 * }</pre>
 *
 * <p>The rules are those that a {@link TemplateInstantiator} applies to the same template and profile, in the
 * same order and with the same reasons: the instantiated plan's provenance names the same rules.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CatalogueChoice {
  CatalogueChoice() {}

  /** The template chosen for the customer, before any rule tailors it. */
  public abstract PlanTemplate template();

  /**
   * Why this template: the condition of the profile that chose it, such as {@code "industry healthcare: ..."},
   * in English.
   */
  public abstract String templateReason();

  /** The segment the choice and the rules used: as stated, or inferred from the head count. */
  public abstract Segment segment();

  /** Whether the segment was inferred from the head count rather than stated in the profile. */
  public abstract boolean segmentInferred();

  /** How the segment was found, in English: stated, or inferred from the head count and how. */
  public abstract String segmentReason();

  /** The rules that apply to the template and the customer, in the order they apply. */
  public abstract List<RuleMatch> rules();

  /** What may be wrong with the profile, in English, each starting with the field; empty when nothing. */
  public abstract List<String> warnings();

  /**
   * A rule that applies, and why: its own reason, and the conditions of the profile it matched.
   *
   * <pre>{@code
   * RuleMatch hipaa = choice.rules().get(0);
   * hipaa.id();            // "hipaa"
   * hipaa.reason();        // "The buyer handles US protected health information: HIPAA requires ..."
   * hipaa.conditions();    // ["complianceRegimes: HIPAA, as stated"]
   * }</pre>
   */
  @Value.Immutable
  public abstract static class RuleMatch {
    RuleMatch() {}

    /** The rule's identifier, as the plan's provenance records it. */
    public abstract String id();

    /** Why the rule applies, in the profile's language: the reason the plan's provenance records. */
    public abstract String reason();

    /**
     * The conditions of the profile (and template) the rule matched, in English, such as
     * {@code "decisionMakers 9, at least 5"}. Empty for a rule that always applies, and for a rule written in
     * code rather than as a {@link RuleDefinition}, whose conditions cannot be read.
     */
    public abstract List<String> conditions();
  }
}
