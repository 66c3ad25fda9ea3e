package io.github.mutualplan.template;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Violation;
import io.github.mutualplan.json.codec.JsonIn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of templates and the rules that tailor them. The {@linkplain #builtIn() built-in catalogue} has six
 * templates, in English and Russian, and rules for compliance regimes, formal procurement, deal size and
 * many decision makers; its durations follow public figures on sales cycles (see {@code CATALOGUE.md}).
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builtIn();
 * PlanTemplate template = catalogue.templateFor(profile);    // healthcare-provider for a hospital
 * request.template(template).rules(catalogue.rules());
 *
 * CatalogueChoice choice = catalogue.explain(profile);        // the template, the segment, the rules, and why
 * choice.warnings();                                          // an unknown industry, with the nearest known one
 * catalogue.choose(profile);                                  // the same, but an unknown industry throws
 * }</pre>
 *
 * <p><b>How the template is chosen</b> ({@link #templateFor(CustomerProfile)}), first match wins: a
 * {@link Segment#STARTUP} gets {@code startup-fast-track}; the industry {@code healthcare}
 * {@code healthcare-provider}; {@code public-sector} {@code public-sector}; an {@link Segment#ENTERPRISE} or a
 * {@link BuyingProcess#FORMAL_PROCUREMENT} {@code enterprise-procurement}; an {@link Segment#SMB}
 * {@code smb-velocity}; anyone else {@code standard-b2b}. The segment is the profile's
 * {@linkplain CustomerProfile#effectiveSegment() effective segment}: stated, or inferred from the head count
 * alone, and never inferred to be {@link Segment#STARTUP} (see {@link Segment}).
 *
 * <p><b>Industries.</b> An industry the catalogue does not know ({@link #industries()}) shapes nothing: the
 * template follows the segment and the buying process, and no rule for an industry applies, so a misspelled
 * {@code helthcare} loses every clinical step. {@link #explain(CustomerProfile)} warns of it and suggests the
 * nearest known industry; {@link #choose(CustomerProfile)} refuses it.
 *
 * <p>Immutable and thread-safe: a catalogue holds only immutable lists and a set, so one catalogue may be used from
 * any thread at once, and {@link #builtIn()} makes the built-in one once, whichever thread asks first. A rule of
 * your own that it holds is called on the calling thread, so it must be thread-safe too.
 *
 * @since 0.1.0
 */
public final class Catalogue {
  /** The industries that choose a template of their own, and the template. */
  private static final Map<String, String> INDUSTRY_TEMPLATES =
      ImmutableMap.of("healthcare", "healthcare-provider", "public-sector", "public-sector");
  /**
   * The industries every catalogue knows that have no template of their own: the plan follows the buyer's
   * segment and buying process.
   */
  static final Set<String> GENERAL_INDUSTRIES = ImmutableSortedSet.of("education", "energy", "financial-services",
      "logistics", "manufacturing", "media", "professional-services", "retail", "technology", "telecommunications");
  private static volatile @Nullable Catalogue builtIn;

  private final ImmutableList<PlanTemplate> templates;
  private final ImmutableList<CustomizationRule> rules;
  private final ImmutableSortedSet<String> industries;

  private Catalogue(List<PlanTemplate> templates, List<? extends CustomizationRule> rules) {
    this.templates = ImmutableList.copyOf(templates);
    this.rules = ImmutableList.copyOf(rules);
    ImmutableSortedSet.Builder<String> known = ImmutableSortedSet.<String>naturalOrder()
        .addAll(GENERAL_INDUSTRIES).addAll(INDUSTRY_TEMPLATES.keySet());
    this.rules.stream().filter(RuleDefinition.class::isInstance)
        .forEach(r -> known.addAll(((RuleDefinition) r).when().industries()));
    this.industries = known.build();
  }

  /** A catalogue of these templates and rules. */
  public static Catalogue of(List<PlanTemplate> templates, List<? extends CustomizationRule> rules) {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(rules, "rules");
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("templates: a catalogue needs at least one template");
    }
    return new Catalogue(templates, rules);
  }

  /**
   * The built-in catalogue, made once. Its templates and rules are written as YAML files (in the module's resources,
   * under {@code io/github/mutualplan/template/catalogue/}) and shipped compiled, as Java code written from those
   * files, so that this reads and parses no file: they are the values {@link TemplateFiles} reads from the files (the
   * build's tests check it), validated as they are made, as every template and rule is.
   */
  public static Catalogue builtIn() {
    Catalogue catalogue = builtIn;
    if (catalogue == null) {
      synchronized (Catalogue.class) {
        if (builtIn == null) {
          builtIn = new Catalogue(BuiltInCatalogue.templates(), BuiltInCatalogue.rules());
        }
        catalogue = builtIn;
      }
    }
    return catalogue;
  }

  /** The templates. */
  public List<PlanTemplate> templates() {
    return templates;
  }

  /** The rules. */
  public List<CustomizationRule> rules() {
    return rules;
  }

  /**
   * The industries the catalogue knows, in alphabetical order: {@code healthcare} and {@code public-sector},
   * which choose a template of their own; those the conditions of its {@link RuleDefinition}s name; and general
   * ones whose plan follows the segment: {@code education}, {@code energy}, {@code financial-services},
   * {@code logistics}, {@code manufacturing}, {@code media}, {@code professional-services}, {@code retail},
   * {@code technology}, {@code telecommunications}.
   */
  public Set<String> industries() {
    return industries;
  }

  /** The template with this identifier, if the catalogue has it. */
  public Optional<PlanTemplate> template(String id) {
    Objects.requireNonNull(id, "id");
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The template that fits a customer best: a startup gets {@code startup-fast-track}; a healthcare buyer
   * {@code healthcare-provider}; the public sector {@code public-sector}; an enterprise or a formal procurement
   * {@code enterprise-procurement}; a small business {@code smb-velocity}; anyone else {@code standard-b2b}. A
   * catalogue without the chosen template gives its first. An unknown industry is not refused: see
   * {@link #explain(CustomerProfile)} and {@link #choose(CustomerProfile)}.
   */
  public PlanTemplate templateFor(CustomerProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return pick(profile).template;
  }

  /**
   * What the catalogue makes of a customer, and why: the {@linkplain #templateFor(CustomerProfile) template} and
   * the condition that chose it, the segment and how it was found, the rules that apply to the template (those a
   * {@link TemplateInstantiator} applies, in its order, with the reasons in the profile's language) with the
   * conditions each matched, and warnings. An industry the catalogue does not {@linkplain #industries() know}
   * is a warning that lists the known ones and suggests the nearest (by edit distance), not an error.
   *
   * <pre>{@code
   * CatalogueChoice choice = Catalogue.builtIn().explain(hospital);
   * choice.template().id();                         // "healthcare-provider"
   * choice.templateReason();                        // "industry healthcare: ..."
   * choice.rules().stream().map(RuleMatch::id);     // hipaa, formal-procurement, deal-size, many-decision-makers
   * }</pre>
   *
   * @throws TemplateValidationException if a rule does not fit the template, as instantiating it would
   */
  public CatalogueChoice explain(CustomerProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Pick pick = pick(profile);
    ImmutableCatalogueChoice.Builder choice = ImmutableCatalogueChoice.builder()
        .template(pick.template)
        .templateReason(pick.reason)
        .segment(profile.effectiveSegment())
        .segmentInferred(profile.segment().isEmpty())
        .segmentReason(segmentReason(profile));
    unknownIndustry(profile).ifPresent(problem -> choice.addWarnings("industry: " + problem + "; the plan follows"
        + " the segment and buying process alone (" + pick.template.id() + ") and no rule for an industry applies"));
    if (!pick.found) {
      choice.addWarnings("templates: the catalogue has no template " + pick.wanted + ", so its first, "
          + pick.template.id() + ", is used");
    }
    List<CustomizationRule> ordered = new ArrayList<>(rules);
    ordered.sort(Comparator.comparingInt(CustomizationRule::order).thenComparing(CustomizationRule::id));
    PlanTemplate template = pick.template;
    for (CustomizationRule rule : ordered) {
      Optional<String> reason = rule.reason(template, profile, profile.language());
      if (reason.isPresent()) {
        List<String> conditions = rule instanceof RuleDefinition
            ? matched(((RuleDefinition) rule).when(), template, profile) : List.of();
        choice.addRules(ImmutableRuleMatch.builder().id(rule.id()).reason(reason.get()).conditions(conditions)
            .build());
        template = rule.apply(template, profile);
      }
    }
    return choice.build();
  }

  /**
   * As {@link #explain(CustomerProfile)}, but strict: an industry the catalogue does not
   * {@linkplain #industries() know} is refused rather than silently giving a plan without the steps of the
   * intended industry. For tools that take the industry from their users, such as a command line.
   *
   * <pre>{@code
   * Catalogue.builtIn().choose(profile.withIndustry("helthcare"));
   * // TemplateValidationException: Invalid customer profile: industry: 'helthcare' is not an industry the
   * //   catalogue knows; did you mean 'healthcare'? Known industries: education, energy, ...
   * }</pre>
   *
   * @throws TemplateValidationException if the profile's industry is unknown, with one violation at the path
   *     {@code industry} that names the value, suggests the nearest known industry and lists the known ones; or
   *     if a rule does not fit the template
   */
  public CatalogueChoice choose(CustomerProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Optional<String> problem = unknownIndustry(profile);
    if (problem.isPresent()) {
      throw new TemplateValidationException("customer profile",
          List.of(Violation.of(PlanRule.VALID_VALUES, "industry", problem.get())));
    }
    return explain(profile);
  }

  /** The template for a profile, why, and whether the catalogue has the one it wanted. */
  private static final class Pick {
    final PlanTemplate template;
    final String reason;
    final String wanted;
    final boolean found;

    Pick(PlanTemplate template, String reason, String wanted, boolean found) {
      this.template = template;
      this.reason = reason;
      this.wanted = wanted;
      this.found = found;
    }
  }

  private Pick pick(CustomerProfile profile) {
    Segment segment = profile.effectiveSegment();
    String id;
    String reason;
    if (segment == Segment.STARTUP) {
      id = "startup-fast-track";
      reason = "segment STARTUP: a young company's short, intensive plan, whatever its industry";
    } else if (INDUSTRY_TEMPLATES.containsKey(profile.industry())) {
      id = INDUSTRY_TEMPLATES.get(profile.industry());
      reason = "industry " + profile.industry() + ": the industry's own plan";
    } else if (segment == Segment.ENTERPRISE) {
      id = "enterprise-procurement";
      reason = "segment ENTERPRISE: a large enterprise's formal procurement with many approvals";
    } else if (profile.buyingProcess() == BuyingProcess.FORMAL_PROCUREMENT) {
      id = "enterprise-procurement";
      reason = "buyingProcess FORMAL_PROCUREMENT: formal procurement with many approvals";
    } else if (segment == Segment.SMB) {
      id = "smb-velocity";
      reason = "segment SMB: a small business's short plan, where the owner decides";
    } else {
      id = "standard-b2b";
      reason = "segment " + segment + ": the standard plan";
    }
    Optional<PlanTemplate> template = template(id);
    return template.isPresent() ? new Pick(template.get(), reason, id, true)
        : new Pick(templates.get(0), reason + ", but the catalogue has no " + id + ": its first template", id, false);
  }

  private static String segmentReason(CustomerProfile profile) {
    if (profile.segment().isPresent()) {
      Segment stated = profile.segment().get();
      String reason = "stated in the profile";
      if (profile.headCount().isPresent() && Segment.ofHeadCount(profile.headCount().getAsInt()) != stated) {
        reason += " (the head count of " + profile.headCount().getAsInt() + " alone would give "
            + Segment.ofHeadCount(profile.headCount().getAsInt()) + ")";
      }
      return reason;
    }
    int people = profile.headCount().getAsInt();
    Segment inferred = Segment.ofHeadCount(people);
    String rule = inferred == Segment.SMB ? "fewer than " + Segment.MID_MARKET_HEAD_COUNT + " people is SMB"
        : inferred == Segment.MID_MARKET ? Segment.MID_MARKET_HEAD_COUNT + " to " + (Segment.ENTERPRISE_HEAD_COUNT - 1)
            + " people is MID_MARKET"
        : Segment.ENTERPRISE_HEAD_COUNT + " people or more is ENTERPRISE";
    String reason = "inferred from the head count of " + people + ": " + rule + " (the segment is inferred from the"
        + " head count alone)";
    return inferred == Segment.ENTERPRISE ? reason : reason + ". STARTUP is never inferred: the profile has no"
        + " founding year or funding stage to tell a young company from an established one, so set"
        + " segment(STARTUP) for a startup";
  }

  /** Why the profile's industry is unknown, with the nearest known one; empty when the catalogue knows it. */
  private Optional<String> unknownIndustry(CustomerProfile profile) {
    String industry = profile.industry();
    if (industries.contains(industry)) {
      return Optional.empty();
    }
    String problem = "'" + industry + "' is not an industry the catalogue knows";
    Optional<String> nearest = JsonIn.nearest(industry, industries);
    problem += nearest.isPresent() ? "; did you mean '" + nearest.get() + "'?" : ".";
    return Optional.of(problem + " Known industries: " + String.join(", ", industries));
  }

  /** The conditions of a rule the template and profile matched, in English, in the order of the condition. */
  private static List<String> matched(RuleCondition when, PlanTemplate template, CustomerProfile profile) {
    List<String> conditions = new ArrayList<>();
    if (!when.templates().isEmpty()) {
      conditions.add("template " + template.id());
    }
    if (!when.industries().isEmpty()) {
      conditions.add("industry " + profile.industry());
    }
    if (!when.segments().isEmpty()) {
      conditions.add("segment " + profile.effectiveSegment() + (profile.segment().isPresent() ? ", as stated"
          : ", inferred from the head count of " + profile.headCount().getAsInt()));
    }
    if (!when.buyingProcesses().isEmpty()) {
      conditions.add("buyingProcess " + profile.buyingProcess());
    }
    for (ComplianceRegime regime : ComplianceRegime.values()) {
      if (when.complianceRegimes().contains(regime) && profile.effectiveComplianceRegimes().contains(regime)) {
        boolean fromCountry = regime == ComplianceRegime.GDPR && profile.gdprFromCountry();
        conditions.add("complianceRegimes: " + regime + (fromCountry ? ", because buyerCountry "
            + profile.buyerCountry() + " is in the EU/EEA" : ", as stated"));
      }
    }
    if (!when.countries().isEmpty()) {
      conditions.add("buyerCountry " + profile.buyerCountry());
    }
    when.minDecisionMakers().ifPresent(least ->
        conditions.add("decisionMakers " + profile.decisionMakers() + ", at least " + least));
    if (!when.minDealSize().isEmpty()) {
      String currency = profile.dealSize().currency().getCurrencyCode();
      BigDecimal least = Objects.requireNonNull(when.minDealSize().get(currency), "a matched rule's threshold");
      conditions.add("dealSize " + profile.dealSize().amount().toPlainString() + " " + currency + ", at least "
          + least.toPlainString() + " " + currency);
    }
    return conditions;
  }
}
