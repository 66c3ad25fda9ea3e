package io.github.mutualplan.risk;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.Texts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a plan: which rule found it, how severe, what it is about, what it means and what to
 * do, in English and Russian (or the languages a custom rule gives).
 *
 * <pre>{@code
 * for (RiskFinding f : report.findings()) {
 *   System.out.println(f.severity() + " " + f.subject() + ": " + f.message(locale) + " -> " + f.action(locale));
 * }
 * }</pre>
 *
 * <p>A finding is an immutable value: two findings are equal when their rule, severity, subject, messages and
 * actions are. The built-in rules write their texts when they are asked for, not when the finding is made, so
 * that a portfolio of many plans keeps its findings small; the texts are the same whenever they are asked.
 * Findings are made by the built-in rules and by {@link #builder()}; the class is not for extending.
 *
 * @since 0.1.0
 */
public abstract class RiskFinding {
  private final RiskRuleId rule;
  private final Severity severity;
  private final RiskSubject subject;

  RiskFinding(RiskRuleId rule, Severity severity, RiskSubject subject) {
    this.rule = rule;
    this.severity = severity;
    this.subject = subject;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier of the rule that found it, such as {@code overdue-commitment}. */
  public final RiskRuleId rule() {
    return rule;
  }

  /** How severe it is. */
  public final Severity severity() {
    return severity;
  }

  /** What it is about: an item such as {@code commitments[security-review]}, a part of the plan, or the plan. */
  public final RiskSubject subject() {
    return subject;
  }

  /** What it means, by language code; English at least. */
  public abstract Map<String, String> message();

  /** What to do about it, by language code; English at least. */
  public abstract Map<String, String> action();

  /** What it means, in this locale's language, else in English. */
  public final String message(Locale locale) {
    return message(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /** What to do, in this locale's language, else in English. */
  public final String action(Locale locale) {
    return action(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /** The message in a language, else in English. */
  abstract String message(String language);

  /** The action in a language, else in English. */
  abstract String action(String language);

  @Override
  public final boolean equals(Object other) {
    return this == other || other instanceof RiskFinding && equalTo((RiskFinding) other);
  }

  private boolean equalTo(RiskFinding other) {
    return rule.equals(other.rule) && severity == other.severity && subject.equals(other.subject)
        && message().equals(other.message()) && action().equals(other.action());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(rule, severity, subject, message(), action());
  }

  /** Returns {@code SEVERITY rule subject: message}. */
  @Override
  public final String toString() {
    return severity + " " + rule + " " + subject + ": " + message(Locale.ENGLISH);
  }

  /** A finding with its texts given as they are, by a custom rule or a stored report. */
  private static final class Given extends RiskFinding {
    private final ImmutableMap<String, String> messages;
    private final ImmutableMap<String, String> actions;

    Given(RiskRuleId rule, Severity severity, RiskSubject subject, ImmutableMap<String, String> messages,
        ImmutableMap<String, String> actions) {
      super(rule, severity, subject);
      this.messages = messages;
      this.actions = actions;
    }

    @Override
    public Map<String, String> message() {
      return messages;
    }

    @Override
    public Map<String, String> action() {
      return actions;
    }

    @Override
    String message(String language) {
      String text = messages.get(language);
      return text != null ? text : Objects.requireNonNull(messages.get("en"), "English");
    }

    @Override
    String action(String language) {
      String text = actions.get(language);
      return text != null ? text : Objects.requireNonNull(actions.get("en"), "English");
    }
  }

  /**
   * Builds a {@link RiskFinding}; every attribute is required, and the message and the action need English.
   *
   * <pre>{@code
   * RiskFinding.builder().rule(RiskRuleId.of("pricing-approval")).severity(Severity.WARNING).subject(RiskSubject.PLAN)
   *     .putMessage("en", "No pricing approval step").putAction("en", "Add one").build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable RiskRuleId rule;
    private @Nullable Severity severity;
    private @Nullable RiskSubject subject;
    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Map<String, String> actions = new LinkedHashMap<>();

    Builder() {}

    /** Sets the identifier of the rule. */
    public Builder rule(RiskRuleId rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** Sets the severity. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** Sets what the finding is about. */
    public Builder subject(RiskSubject subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** Adds the message in one language, replacing any it had in that language. */
    public Builder putMessage(String language, String text) {
      put(messages, "message", language, text);
      return this;
    }

    /** Sets the message in every language, replacing what it had; unchanged if a language or text is null. */
    public Builder message(Map<String, String> texts) {
      replace(messages, "message", texts);
      return this;
    }

    /** Adds the action in one language, replacing any it had in that language. */
    public Builder putAction(String language, String text) {
      put(actions, "action", language, text);
      return this;
    }

    /** Sets the action in every language, replacing what it had; unchanged if a language or text is null. */
    public Builder action(Map<String, String> texts) {
      replace(actions, "action", texts);
      return this;
    }

    private static String quoted(@Nullable Object value) {
      return value == null ? "null" : Texts.quote(value.toString());
    }

    private static void put(Map<String, String> texts, String what, String language, String text) {
      texts.put(Objects.requireNonNull(language, what + " language"),
          Objects.requireNonNull(text, () -> what + "[" + language + "]"));
    }

    private static void replace(Map<String, String> current, String what, Map<String, String> texts) {
      Map<String, String> checked = new LinkedHashMap<>();
      Objects.requireNonNull(texts, what).forEach((language, text) -> put(checked, what, language, text));
      current.clear();
      current.putAll(checked);
    }

    /**
     * Builds the finding.
     *
     * @throws IllegalStateException if the rule, severity or subject is not set, or the message or the
     *     action has no English text
     */
    public RiskFinding build() {
      if (rule == null || severity == null || subject == null) {
        throw new IllegalStateException("rule, severity, subject: a finding needs all three, has rule="
            + quoted(rule) + ", severity=" + severity + ", subject=" + quoted(subject));
      }
      if (!messages.containsKey("en") || !actions.containsKey("en")) {
        throw new IllegalStateException("message, action: a finding of rule " + Texts.quote(rule.key())
            + " needs English text");
      }
      return new Given(rule, severity, subject, ImmutableMap.copyOf(messages), ImmutableMap.copyOf(actions));
    }
  }
}
