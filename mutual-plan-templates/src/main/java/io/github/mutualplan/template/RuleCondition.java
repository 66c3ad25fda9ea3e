package io.github.mutualplan.template;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a {@link RuleDefinition} applies: every condition given must hold; a condition left empty holds for
 * every template and profile.
 *
 * <pre>{@code
 * when:
 *   complianceRegimes: [HIPAA]          # any of these
 *   minDealSize: {USD: 100000, EUR: 90000}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleCondition {
  RuleCondition() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The templates it applies to, by identifier; any when empty. */
  public abstract Set<String> templates();

  /** The industries it applies to; any when empty. */
  public abstract Set<String> industries();

  /** The segments it applies to; any when empty. */
  public abstract Set<Segment> segments();

  /** The buying processes it applies to; any when empty. */
  public abstract Set<BuyingProcess> buyingProcesses();

  /**
   * Applies when the buyer is subject to any of these regimes, as its profile's
   * {@linkplain CustomerProfile#effectiveComplianceRegimes() effective regimes} say (GDPR for a buyer in the EU or
   * the EEA, stated or not); to every buyer when empty.
   */
  public abstract Set<ComplianceRegime> complianceRegimes();

  /** The buyer countries it applies to; any when empty. */
  public abstract Set<String> countries();

  /** Applies when at least this many people decide. */
  public abstract OptionalInt minDecisionMakers();

  /**
   * Applies when the deal is worth at least this much, by currency code; a deal in a currency not listed does
   * not match. Any deal when empty.
   */
  public abstract Map<String, BigDecimal> minDealSize();

  /** A condition that could never be met is refused: each value as a profile or a deal would hold it. */
  @Value.Check
  final void check() {
    List<Violation> problems = new ArrayList<>();
    for (String industry : industries()) {
      if (!industry.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "when.industries",
            Texts.quote(industry) + " is not a lower-case key such as healthcare or public-sector"));
      }
    }
    for (String country : countries()) {
      if (!country.matches("[A-Z]{2}")) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "when.countries",
            Texts.quote(country) + " is not an upper-case ISO 3166-1 code such as US"));
      }
    }
    minDecisionMakers().ifPresent(least -> {
      if (least < 1) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "when.minDecisionMakers",
            "must be at least 1 (was " + least + ")"));
      }
    });
    minDealSize().forEach((currency, least) -> {
      if (!currency.matches("[A-Z]{3}") || Currency.getAvailableCurrencies().stream()
          .noneMatch(c -> c.getCurrencyCode().equals(currency))) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "when.minDealSize",
            Texts.quote(currency) + " is not an ISO 4217 currency code such as USD"));
      } else if (least.signum() < 0) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "when.minDealSize[" + currency + "]",
            "must not be negative (was " + least.toPlainString() + ")"));
      }
    });
    if (!problems.isEmpty()) {
      throw new TemplateValidationException("rule condition", problems);
    }
  }

  /** Whether the template and the profile meet every condition. */
  public final boolean matches(PlanTemplate template, CustomerProfile p) {
    return (templates().isEmpty() || templates().contains(template.id()))
        && (industries().isEmpty() || industries().contains(p.industry()))
        && (segments().isEmpty() || segments().contains(p.effectiveSegment()))
        && (buyingProcesses().isEmpty() || buyingProcesses().contains(p.buyingProcess()))
        && (complianceRegimes().isEmpty()
            || complianceRegimes().stream().anyMatch(p.effectiveComplianceRegimes()::contains))
        && (countries().isEmpty() || countries().contains(p.buyerCountry()))
        && (minDecisionMakers().isEmpty() || p.decisionMakers() >= minDecisionMakers().getAsInt())
        && (minDealSize().isEmpty() || dealSizeReached(p));
  }

  private boolean dealSizeReached(CustomerProfile p) {
    BigDecimal threshold = minDealSize().get(p.dealSize().currency().getCurrencyCode());
    return threshold != null && p.dealSize().amount().compareTo(threshold) >= 0;
  }

  /**
   * Builds a {@link RuleCondition}; every attribute is optional.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(RuleCondition)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link RuleCondition#templates() templates}: {@code addTemplate(String)}, {@code addTemplates(String...)},
   *       {@code templates(Iterable<String>)}, {@code addAllTemplates(Iterable<String>)}
   *   <li>{@link RuleCondition#industries() industries}: {@code addIndustry(String)},
   *       {@code addIndustries(String...)}, {@code industries(Iterable<String>)},
   *       {@code addAllIndustries(Iterable<String>)}
   *   <li>{@link RuleCondition#segments() segments}: {@code addSegment(Segment)}, {@code addSegments(Segment...)},
   *       {@code segments(Iterable<Segment>)}, {@code addAllSegments(Iterable<Segment>)}
   *   <li>{@link RuleCondition#buyingProcesses() buyingProcesses}: {@code addBuyingProcess(BuyingProcess)},
   *       {@code addBuyingProcesses(BuyingProcess...)}, {@code buyingProcesses(Iterable<BuyingProcess>)},
   *       {@code addAllBuyingProcesses(Iterable<BuyingProcess>)}
   *   <li>{@link RuleCondition#complianceRegimes() complianceRegimes}: {@code addComplianceRegime(ComplianceRegime)},
   *       {@code addComplianceRegimes(ComplianceRegime...)}, {@code complianceRegimes(Iterable<ComplianceRegime>)},
   *       {@code addAllComplianceRegimes(Iterable<ComplianceRegime>)}
   *   <li>{@link RuleCondition#countries() countries}: {@code addCountry(String)}, {@code addCountries(String...)},
   *       {@code countries(Iterable<String>)}, {@code addAllCountries(Iterable<String>)}
   *   <li>{@link RuleCondition#minDecisionMakers() minDecisionMakers}: {@code minDecisionMakers(int)},
   *       {@code minDecisionMakers(OptionalInt)}
   *   <li>{@link RuleCondition#minDealSize() minDealSize}: {@code putMinDealSize(String, BigDecimal)},
   *       {@code putMinDealSize(Entry<String, BigDecimal>)}, {@code minDealSize(Map<String, BigDecimal>)},
   *       {@code putAllMinDealSize(Map<String, BigDecimal>)}
   * </ul>
   */
  public static final class Builder extends ImmutableRuleCondition.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with these {@link #templates() templates} instead of its own. */
  public abstract RuleCondition withTemplates(String... elements);

  /** A copy with these {@link #templates() templates} instead of its own. */
  public abstract RuleCondition withTemplates(Iterable<String> elements);

  /** A copy with these {@link #industries() industries} instead of its own. */
  public abstract RuleCondition withIndustries(String... elements);

  /** A copy with these {@link #industries() industries} instead of its own. */
  public abstract RuleCondition withIndustries(Iterable<String> elements);

  /** A copy with these {@link #segments() segments} instead of its own. */
  public abstract RuleCondition withSegments(Segment... elements);

  /** A copy with these {@link #segments() segments} instead of its own. */
  public abstract RuleCondition withSegments(Iterable<Segment> elements);

  /** A copy with these {@link #buyingProcesses() buyingProcesses} instead of its own. */
  public abstract RuleCondition withBuyingProcesses(BuyingProcess... elements);

  /** A copy with these {@link #buyingProcesses() buyingProcesses} instead of its own. */
  public abstract RuleCondition withBuyingProcesses(Iterable<BuyingProcess> elements);

  /** A copy with these {@link #complianceRegimes() complianceRegimes} instead of its own. */
  public abstract RuleCondition withComplianceRegimes(ComplianceRegime... elements);

  /** A copy with these {@link #complianceRegimes() complianceRegimes} instead of its own. */
  public abstract RuleCondition withComplianceRegimes(Iterable<ComplianceRegime> elements);

  /** A copy with these {@link #countries() countries} instead of its own. */
  public abstract RuleCondition withCountries(String... elements);

  /** A copy with these {@link #countries() countries} instead of its own. */
  public abstract RuleCondition withCountries(Iterable<String> elements);

  /** A copy with this {@link #minDecisionMakers() minDecisionMakers}. */
  public abstract RuleCondition withMinDecisionMakers(int value);

  /** A copy with this {@link #minDecisionMakers() minDecisionMakers}, or none for an empty optional. */
  public abstract RuleCondition withMinDecisionMakers(OptionalInt optional);

  /** A copy with these {@link #minDealSize() minDealSize} instead of its own. */
  public abstract RuleCondition withMinDealSize(Map<String, ? extends BigDecimal> entries);
}
