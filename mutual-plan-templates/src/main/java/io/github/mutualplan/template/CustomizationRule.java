package io.github.mutualplan.template;

import java.util.Locale;
import java.util.Optional;

/**
 * Tailors a template to a customer: when it applies to a profile, and what it does to the template. Rules
 * apply in order of {@link #order()}, then of {@link #id()}; the plan's provenance records each rule that
 * applied and why.
 *
 * <p>Most rules are {@link RuleDefinition}s, values read from files; implement this interface for a rule that
 * needs code:
 *
 * <pre>{@code
 * CustomizationRule slowLegal = new CustomizationRule() {
 *   public String id() { return "slow-legal-in-france"; }
 *   public Optional<String> reason(PlanTemplate t, CustomerProfile p, Locale locale) {
 *     return p.buyerCountry().equals("FR") ? Optional.of("French legal reviews take longer") : Optional.empty();
 *   }
 *   public PlanTemplate apply(PlanTemplate t, CustomerProfile p) {
 *     return TemplateOperation.scaleDurations(1.5, Set.of(Tags.LEGAL)).applyTo(t);
 *   }
 * };
 * }</pre>
 *
 * <p>Implementations must not return null. They must be stateless and safe to share between threads, as
 * {@link RuleDefinition}s are: an instantiator applies one rule to the requests of every thread.
 *
 * @since 0.1.0
 */
public interface CustomizationRule {
  /** The rule's identifier, recorded in the provenance of the plans it shaped. */
  String id();

  /** When the rule applies among others: lower first; 100 unless overridden. */
  default int order() {
    return 100;
  }

  /**
   * Why the rule applies to this template and customer, in this language; empty when it does not apply.
   *
   * @param template the template as the rules before this one left it
   * @param profile the customer
   * @param locale the language of the reason
   * @return the reason, or empty
   */
  Optional<String> reason(PlanTemplate template, CustomerProfile profile, Locale locale);

  /**
   * The template with this rule applied.
   *
   * @param template the template as the rules before this one left it
   * @param profile the customer
   * @return the changed template
   * @throws TemplateValidationException if the rule does not fit the template
   */
  PlanTemplate apply(PlanTemplate template, CustomerProfile profile);
}
