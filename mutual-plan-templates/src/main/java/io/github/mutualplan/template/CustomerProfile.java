package io.github.mutualplan.template;

import com.google.common.collect.ImmutableSortedSet;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Money;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Violation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the seller knows of the buyer that shapes the plan: industry, size, buying process, compliance regimes,
 * decision makers, deal size, country and language. {@link CustomizationRule}s match on it, and
 * {@link Catalogue#explain(CustomerProfile)} says what the built-in catalogue makes of it.
 *
 * <p>Two things are inferred when not stated, and only these two:
 * <ul>
 *   <li>the {@linkplain #effectiveSegment() segment}, from the head count alone (see {@link Segment}): fewer than
 *       100 people is {@link Segment#SMB}, fewer than 1,000 {@link Segment#MID_MARKET}, more
 *       {@link Segment#ENTERPRISE}. {@link Segment#STARTUP} is never inferred: the profile has no founding year or
 *       funding stage that would tell a young company from an established small one, so a 40-person startup is
 *       SMB (and gets {@code smb-velocity}) unless {@code segment(Segment.STARTUP)} is set;
 *   <li>{@link ComplianceRegime#GDPR}, when the buyer's country is in the EU or the EEA
 *       ({@link #EU_EEA_COUNTRIES}): see {@link #effectiveComplianceRegimes()}.
 * </ul>
 *
 * <pre>{@code
 * CustomerProfile hospital = CustomerProfile.builder()
 *     .industry("healthcare")
 *     .headCount(12_000)
 *     .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT)
 *     .addComplianceRegimes(ComplianceRegime.HIPAA)
 *     .decisionMakers(9)
 *     .dealSize(Money.of("480000", "USD"))
 *     .buyerCountry("US")
 *     .language(Locale.ENGLISH)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CustomerProfile {
  /**
   * The countries where GDPR applies, as ISO 3166-1 alpha-2 codes: the 27 member states of the European Union
   * (Greece as {@code GR}, not the EU's {@code EL}) and the three other states of the European Economic Area,
   * Iceland, Liechtenstein and Norway. Not the United Kingdom ({@code GB}, UK GDPR) nor Switzerland
   * ({@code CH}, the FADP): their laws are their own; state them as a regime if a rule of yours needs them.
   */
  public static final Set<String> EU_EEA_COUNTRIES = ImmutableSortedSet.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
      "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", // the European Union
      "IS", "LI", "NO"); // the rest of the European Economic Area

  CustomerProfile() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The buyer's industry as a key, such as {@code healthcare}, {@code technology} or {@code public-sector}. */
  public abstract String industry();

  /**
   * The buyer's segment, if stated; otherwise {@link #effectiveSegment()} infers it from the head count, and never
   * infers {@link Segment#STARTUP}.
   */
  public abstract Optional<Segment> segment();

  /** The buyer's head count, if known. */
  public abstract OptionalInt headCount();

  /** How the buyer buys; standard unless set. */
  @Value.Default
  public BuyingProcess buyingProcess() {
    return BuyingProcess.STANDARD;
  }

  /**
   * The regimes the buyer is stated to comply with. Rules match on {@link #effectiveComplianceRegimes()}, which
   * adds GDPR for a buyer in the EU or the EEA.
   */
  public abstract Set<ComplianceRegime> complianceRegimes();

  /** How many people decide; 1 unless set. */
  @Value.Default
  public int decisionMakers() {
    return 1;
  }

  /** What the deal is worth. */
  public abstract Money dealSize();

  /**
   * The buyer's country, as an ISO 3166-1 alpha-2 code such as {@code US} or {@code DE}. A country of
   * {@link #EU_EEA_COUNTRIES} brings GDPR into the {@linkplain #effectiveComplianceRegimes() effective regimes}.
   */
  public abstract String buyerCountry();

  /** The buyer's language, for the texts of the plan; English unless set. */
  @Value.Default
  public Locale language() {
    return Locale.ENGLISH;
  }

  @Value.Check
  final void check() {
    java.util.List<Violation> problems = new java.util.ArrayList<>();
    if (!industry().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      problems.add(Violation.of(PlanRule.VALID_VALUES, "industry",
          "'" + industry() + "' is not a lower-case key such as healthcare or public-sector"));
    }
    if (segment().isEmpty() && headCount().isEmpty()) {
      problems.add(Violation.of(PlanRule.VALID_VALUES, "segment", "needs a segment or a head count"));
    }
    headCount().ifPresent(n -> {
      if (n < 1) {
        problems.add(Violation.of(PlanRule.VALID_VALUES, "headCount", "must be at least 1 (was " + n + ")"));
      }
    });
    if (decisionMakers() < 1) {
      problems.add(Violation.of(PlanRule.VALID_VALUES, "decisionMakers",
          "must be at least 1 (was " + decisionMakers() + ")"));
    }
    if (!buyerCountry().matches("[A-Z]{2}")) {
      problems.add(Violation.of(PlanRule.VALID_VALUES, "buyerCountry",
          "'" + buyerCountry() + "' is not an upper-case ISO 3166-1 code such as US"));
    }
    if (!problems.isEmpty()) {
      throw new TemplateValidationException("customer profile", problems);
    }
  }

  /**
   * The segment: as stated, or from the head count by {@link Segment#ofHeadCount(int)}; never
   * {@link Segment#STARTUP} unless stated.
   */
  public final Segment effectiveSegment() {
    return segment().orElseGet(() -> Segment.ofHeadCount(headCount().getAsInt()));
  }

  /**
   * The regimes the buyer is subject to: the {@linkplain #complianceRegimes() stated} ones and, for a buyer in a
   * country of {@link #EU_EEA_COUNTRIES}, {@link ComplianceRegime#GDPR}. A seller that processes personal data
   * for a buyer in the EU or the EEA (its users' accounts, at least) does so as a processor under GDPR, which
   * requires a data processing agreement (Article 28). {@link RuleCondition}s match on these.
   *
   * <pre>{@code
   * profile.withBuyerCountry("DE").effectiveComplianceRegimes();   // [GDPR]
   * profile.withBuyerCountry("US").effectiveComplianceRegimes();   // [] unless stated
   * }</pre>
   */
  public final Set<ComplianceRegime> effectiveComplianceRegimes() {
    if (!EU_EEA_COUNTRIES.contains(buyerCountry()) || complianceRegimes().contains(ComplianceRegime.GDPR)) {
      return complianceRegimes();
    }
    EnumSet<ComplianceRegime> regimes = EnumSet.of(ComplianceRegime.GDPR);
    regimes.addAll(complianceRegimes());
    return Collections.unmodifiableSet(regimes);
  }

  /** Whether GDPR is among the effective regimes only because of the buyer's country. */
  final boolean gdprFromCountry() {
    return EU_EEA_COUNTRIES.contains(buyerCountry()) && !complianceRegimes().contains(ComplianceRegime.GDPR);
  }

  /**
   * Builds a {@link CustomerProfile}; {@code industry}, a segment or head count, {@code dealSize} and
   * {@code buyerCountry} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(CustomerProfile)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link CustomerProfile#industry() industry}: {@code industry(String)}
   *   <li>{@link CustomerProfile#segment() segment}: {@code segment(Segment)}, {@code segment(Optional<Segment>)}
   *   <li>{@link CustomerProfile#headCount() headCount}: {@code headCount(int)}, {@code headCount(OptionalInt)}
   *   <li>{@link CustomerProfile#buyingProcess() buyingProcess}: {@code buyingProcess(BuyingProcess)}
   *   <li>{@link CustomerProfile#complianceRegimes() complianceRegimes}:
   *       {@code addComplianceRegime(ComplianceRegime)}, {@code addComplianceRegimes(ComplianceRegime...)},
   *       {@code complianceRegimes(Iterable<ComplianceRegime>)},
   *       {@code addAllComplianceRegimes(Iterable<ComplianceRegime>)}
   *   <li>{@link CustomerProfile#decisionMakers() decisionMakers}: {@code decisionMakers(int)}
   *   <li>{@link CustomerProfile#dealSize() dealSize}: {@code dealSize(Money)}
   *   <li>{@link CustomerProfile#buyerCountry() buyerCountry}: {@code buyerCountry(String)}
   *   <li>{@link CustomerProfile#language() language}: {@code language(Locale)}
   * </ul>
   */
  public static final class Builder extends ImmutableCustomerProfile.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #industry() industry}. */
  public abstract CustomerProfile withIndustry(String value);

  /** A copy with this {@link #segment() segment}. */
  public abstract CustomerProfile withSegment(Segment value);

  /** A copy with this {@link #segment() segment}, or none for an empty optional. */
  public abstract CustomerProfile withSegment(Optional<? extends Segment> optional);

  /** A copy with this {@link #headCount() headCount}. */
  public abstract CustomerProfile withHeadCount(int value);

  /** A copy with this {@link #headCount() headCount}, or none for an empty optional. */
  public abstract CustomerProfile withHeadCount(OptionalInt optional);

  /** A copy with this {@link #buyingProcess() buyingProcess}. */
  public abstract CustomerProfile withBuyingProcess(BuyingProcess value);

  /** A copy with these {@link #complianceRegimes() complianceRegimes} instead of its own. */
  public abstract CustomerProfile withComplianceRegimes(ComplianceRegime... elements);

  /** A copy with these {@link #complianceRegimes() complianceRegimes} instead of its own. */
  public abstract CustomerProfile withComplianceRegimes(Iterable<ComplianceRegime> elements);

  /** A copy with this {@link #decisionMakers() decisionMakers}. */
  public abstract CustomerProfile withDecisionMakers(int value);

  /** A copy with this {@link #dealSize() dealSize}. */
  public abstract CustomerProfile withDealSize(Money value);

  /** A copy with this {@link #buyerCountry() buyerCountry}. */
  public abstract CustomerProfile withBuyerCountry(String value);

  /** A copy with this {@link #language() language}. */
  public abstract CustomerProfile withLanguage(Locale value);
}
