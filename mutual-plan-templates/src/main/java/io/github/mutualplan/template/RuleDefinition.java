package io.github.mutualplan.template;

import io.github.mutualplan.Keys;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customization rule as a value: a condition on the profile, the reason it gives, and the operations it
 * makes on the template. Rule files hold a list of them:
 *
 * <pre>{@code
 * rules:
 *   - id: gdpr
 *     order: 200
 *     when: {complianceRegimes: [GDPR]}
 *     reason: {en: The buyer processes personal data of EU residents, ru: ...}
 *     operations:
 *       - addStep:
 *           before: contract-signature
 *           step: {key: data-processing-agreement, title: Data processing agreement signed, side: BUYER,
 *                  ownerRole: legal, durationDays: 10, tags: [legal, compliance]}
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleDefinition implements CustomizationRule {
  RuleDefinition() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String id();

  /** When the rule applies among others: lower first; 100 unless set. */
  @Override
  @Value.Default
  public int order() {
    return 100;
  }

  /** When the rule applies; always unless set. */
  @Value.Default
  public RuleCondition when() {
    return RuleCondition.builder().build();
  }

  /** Why the rule applies, as recorded in a plan's provenance. */
  public abstract LocalizedText reason();

  /** What the rule does to the template, in order. */
  public abstract List<TemplateOperation> operations();

  @Value.Check
  final void check() {
    if (!Keys.isValid(id())) {
      throw new TemplateValidationException(PlanRule.VALID_VALUES, "id",
          Texts.quote(id()) + " is not a valid key: use " + Keys.rule());
    }
  }

  @Override
  public final Optional<String> reason(PlanTemplate template, CustomerProfile profile, Locale locale) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    return when().matches(template, profile) ? Optional.of(reason().in(locale)) : Optional.empty();
  }

  @Override
  public final PlanTemplate apply(PlanTemplate template, CustomerProfile profile) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(profile, "profile");
    TemplateDraft draft = new TemplateDraft(template);
    for (int i = 0; i < operations().size(); i++) {
      try {
        operations().get(i).applyTo(draft);
      } catch (TemplateValidationException e) {
        throw new TemplateValidationException("rule '" + id() + "' on template '" + template.id() + "'",
            List.of(Violation.of(e.violations().get(0).rule(), "operations[" + i + "]",
                String.join("; ", e.problems()))));
      }
    }
    try {
      return draft.build();
    } catch (TemplateValidationException e) {
      throw new TemplateValidationException("template '" + template.id() + "' after rule '" + id() + "'",
          e.violations());
    }
  }

  /**
   * Builds a {@link RuleDefinition}; {@code id} and {@code reason} are required.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(RuleDefinition)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace), and
   * {@code from(CustomizationRule)} those of the {@link CustomizationRule} a definition is; {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link RuleDefinition#id() id}: {@code id(String)}
   *   <li>{@link RuleDefinition#order() order}: {@code order(int)}
   *   <li>{@link RuleDefinition#when() when}: {@code when(RuleCondition)}
   *   <li>{@link RuleDefinition#reason() reason}: {@code reason(LocalizedText)}
   *   <li>{@link RuleDefinition#operations() operations}: {@code addOperation(TemplateOperation)},
   *       {@code addOperations(TemplateOperation...)}, {@code operations(Iterable<TemplateOperation>)},
   *       {@code addAllOperations(Iterable<TemplateOperation>)}
   * </ul>
   */
  public static final class Builder extends ImmutableRuleDefinition.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #id() id}. */
  public abstract RuleDefinition withId(String value);

  /** A copy with this {@link #order() order}. */
  public abstract RuleDefinition withOrder(int value);

  /** A copy with this {@link #when() when}. */
  public abstract RuleDefinition withWhen(RuleCondition value);

  /** A copy with this {@link #reason() reason}. */
  public abstract RuleDefinition withReason(LocalizedText value);

  /** A copy with these {@link #operations() operations} instead of its own. */
  public abstract RuleDefinition withOperations(TemplateOperation... elements);

  /** A copy with these {@link #operations() operations} instead of its own. */
  public abstract RuleDefinition withOperations(Iterable<? extends TemplateOperation> elements);
}
