package io.github.mutualplan.risk;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.Languages;
import io.github.mutualplan.localization.TextPattern;
import io.github.mutualplan.localization.TextSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of the built-in findings in every language the library ships ({@link Languages}): the
 * {@link TextSet} {@code messages_xx.properties} beside this class. A locale gets its language's texts, English
 * when the library does not have its language.
 */
final class Findings {
  static final List<Locale> LANGUAGES = Languages.shipped();
  static final TextSet TEXTS = TextSet.read(Findings.class, "messages");

  private Findings() {}

  /**
   * One finding a built-in rule can make, with its severity, and its message and action in every language:
   * {@code rule.variant.message} and {@code rule.variant.action}.
   *
   * @throws IllegalStateException if a language lacks one of the two texts
   */
  static Variant variant(RiskRuleId rule, String name, Severity severity) {
    String key = rule.key() + "." + name;
    TextPattern[] texts = new TextPattern[2 * LANGUAGES.size()];
    for (int i = 0; i < LANGUAGES.size(); i++) {
      texts[2 * i] = TEXTS.get(i, key + ".message");
      texts[2 * i + 1] = TEXTS.get(i, key + ".action");
    }
    return new Variant(rule, key, severity, texts);
  }

  /** One finding a built-in rule can make: its severity and its texts, filled in with arguments when asked. */
  static final class Variant {
    private final RiskRuleId rule;
    private final String key;
    private final Severity severity;
    /** The message and the action of each of {@link Findings#LANGUAGES}, in turn. */
    private final TextPattern[] texts;

    private Variant(RiskRuleId rule, String key, Severity severity, TextPattern[] texts) {
      this.rule = rule;
      this.key = key;
      this.severity = severity;
      this.texts = texts;
    }

    /** The keys of its texts, such as {@code slips.large.message} and {@code slips.large.action}. */
    List<String> textKeys() {
      return List.of(key + ".message", key + ".action");
    }

    /**
     * A finding of this variant about a subject. The texts are written when they are asked for; the arguments
     * must be immutable values.
     */
    RiskFinding finding(RiskSubject subject, Object... arguments) {
      return new Filled(rule, severity, subject, texts, arguments);
    }
  }

  /** A built-in finding: its patterns in each language, filled in with its arguments when asked. */
  private static final class Filled extends RiskFinding {
    /** The message and the action of each of {@link #LANGUAGES}, in turn. */
    private final TextPattern[] texts;
    private final Object[] arguments;

    Filled(RiskRuleId rule, Severity severity, RiskSubject subject, TextPattern[] texts, Object[] arguments) {
      super(rule, severity, subject);
      this.texts = texts;
      this.arguments = arguments;
    }

    @Override
    public Map<String, String> message() {
      return all(0);
    }

    @Override
    public Map<String, String> action() {
      return all(1);
    }

    @Override
    String message(String language) {
      return text(language, 0);
    }

    @Override
    String action(String language) {
      return text(language, 1);
    }

    private Map<String, String> all(int part) {
      ImmutableMap.Builder<String, String> all = ImmutableMap.builderWithExpectedSize(LANGUAGES.size());
      for (int i = 0; i < LANGUAGES.size(); i++) {
        all.put(LANGUAGES.get(i).getLanguage(), texts[2 * i + part].format(LANGUAGES.get(i), arguments));
      }
      return all.build();
    }

    private String text(String language, int part) {
      int i = TextSet.language(language);
      return texts[2 * i + part].format(LANGUAGES.get(i), arguments);
    }
  }

  /** The keys and texts of one language, for tests; English's for a language the library does not have. */
  static Map<String, String> texts(String language) {
    return TEXTS.texts(TextSet.language(language));
  }

  /** A text of a language filled in with arguments, as {@link java.text.MessageFormat} would, for tests. */
  static String text(int language, String key, Object[] arguments) {
    return TEXTS.get(language, key).format(LANGUAGES.get(language), arguments);
  }
}
