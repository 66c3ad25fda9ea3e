package io.github.mutualplan.risk;

import io.github.mutualplan.internal.PlanStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One thing wrong with a plan: which rule found it, how severe, what it is about, what it means and what to
 * do, in English and Russian (or the languages a custom rule gives).
 *
 * <pre>{@code
 * for (RiskFinding f : report.findings()) {
 *   System.out.println(f.severity() + " " + f.subject() + ": " + f.message(locale) + " -> " + f.action(locale));
 * }
 * }</pre>
 */
@Value.Immutable
@PlanStyle
public abstract class RiskFinding {
  RiskFinding() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier of the rule that found it, such as {@code overdue-commitment}. */
  public abstract String rule();

  /** How severe it is. */
  public abstract Severity severity();

  /** What it is about: a path such as {@code commitments[security-review]}, or {@code plan}. */
  public abstract String subject();

  /** What it means, by language code; English at least. */
  public abstract Map<String, String> message();

  /** What to do about it, by language code; English at least. */
  public abstract Map<String, String> action();

  @Value.Check
  final void check() {
    if (!message().containsKey("en") || !action().containsKey("en")) {
      throw new IllegalArgumentException("message, action: a finding of rule '" + rule() + "' needs English text");
    }
  }

  /** What it means, in this locale's language, else in English. */
  public final String message(Locale locale) {
    return message().getOrDefault(Objects.requireNonNull(locale, "locale").getLanguage(), message().get("en"));
  }

  /** What to do, in this locale's language, else in English. */
  public final String action(Locale locale) {
    return action().getOrDefault(Objects.requireNonNull(locale, "locale").getLanguage(), action().get("en"));
  }

  /** Returns {@code SEVERITY rule subject: message}. */
  @Override
  public final String toString() {
    return severity() + " " + rule() + " " + subject() + ": " + message(Locale.ENGLISH);
  }

  /** Builds a {@link RiskFinding}; every attribute is required. */
  public static final class Builder extends ImmutableRiskFinding.Builder {
    Builder() {}
  }
}
