package io.github.mutualplan.risk;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.localization.Languages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The texts of the built-in findings in every language the library ships ({@link Languages}):
 * {@code messages_xx.properties} beside this class, read directly so that the JVM's default locale never changes
 * the language. A locale gets its language's texts, English when the library does not have its language.
 *
 * <p>The texts are {@link java.text.MessageFormat} patterns with plain arguments ({@code {0}}, quotes doubled).
 * They are parsed once, when the class loads, and filled in without a {@code MessageFormat}: a portfolio makes
 * millions of findings, and parsing a pattern each time was most of what a finding cost. The result is the
 * same as {@code MessageFormat}'s.
 */
final class Findings {
  static final List<Locale> LANGUAGES = Languages.shipped();
  private static final List<Properties> TEXTS =
      List.copyOf(Languages.texts(Findings.class, "messages").values());
  private static final List<Map<String, Text>> PARSED =
      TEXTS.stream().map(Findings::parse).collect(Collectors.toUnmodifiableList());

  private Findings() {}

  /**
   * One finding a built-in rule can make, with its severity, and its message and action in every language:
   * {@code rule.variant.message} and {@code rule.variant.action}.
   *
   * @throws IllegalStateException if a language lacks one of the two texts
   */
  static Variant variant(RiskRuleId rule, String name, Severity severity) {
    String key = rule.key() + "." + name;
    Text[] texts = new Text[2 * LANGUAGES.size()];
    for (int i = 0; i < LANGUAGES.size(); i++) {
      texts[2 * i] = required(i, key + ".message");
      texts[2 * i + 1] = required(i, key + ".action");
    }
    return new Variant(rule, key, severity, texts);
  }

  /** One finding a built-in rule can make: its severity and its texts, filled in with arguments when asked. */
  static final class Variant {
    private final RiskRuleId rule;
    private final String key;
    private final Severity severity;
    /** The message and the action of each of {@link Findings#LANGUAGES}, in turn. */
    private final Text[] texts;

    private Variant(RiskRuleId rule, String key, Severity severity, Text[] texts) {
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
    private final Text[] texts;
    private final Object[] arguments;

    Filled(RiskRuleId rule, Severity severity, RiskSubject subject, Text[] texts, Object[] arguments) {
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
      int i = Languages.indexOf(language);
      return texts[2 * i + part].format(LANGUAGES.get(i), arguments);
    }
  }

  private static Text required(int language, String key) {
    Text text = PARSED.get(language).get(key);
    if (text == null) {
      throw new IllegalStateException("no text '" + key + "' in " + LANGUAGES.get(language));
    }
    return text;
  }

  /** The texts of one of {@link #LANGUAGES}, for tests. */
  static Properties texts(String language) {
    for (int i = 0; i < LANGUAGES.size(); i++) {
      if (LANGUAGES.get(i).getLanguage().equals(language)) {
        return TEXTS.get(i);
      }
    }
    throw new IllegalArgumentException("language: the findings have no texts in '" + language + "'");
  }

  /** A text of a language filled in with arguments, as {@link java.text.MessageFormat} would. */
  static String text(int language, String key, Object[] arguments) {
    return required(language, key).format(LANGUAGES.get(language), arguments);
  }

  private static Map<String, Text> parse(Properties texts) {
    Map<String, Text> parsed = new HashMap<>();
    texts.stringPropertyNames().forEach(key -> parsed.put(key, Text.parse(key, texts.getProperty(key))));
    return parsed;
  }

  /** A parsed pattern: literal parts with an argument's index between each two. */
  private static final class Text {
    private final String[] literals;
    private final int[] arguments;
    /** Room for the literals and arguments of a usual length, so that the text is built without growing. */
    private final int capacity;

    private Text(List<String> literals, List<Integer> arguments) {
      this.literals = literals.toArray(new String[0]);
      this.arguments = arguments.stream().mapToInt(Integer::intValue).toArray();
      this.capacity = literals.stream().mapToInt(String::length).sum() + 48 * arguments.size();
    }

    /** Parses {@code MessageFormat}'s quoting ({@code ''} a quote, {@code '...'} literal) and {@code {n}}. */
    static Text parse(String key, String pattern) {
      List<String> literals = new ArrayList<>();
      List<Integer> arguments = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\'') {
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
            literal.append('\'');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (c == '{' && !quoted) {
          int end = pattern.indexOf('}', i);
          String index = end < 0 ? "" : pattern.substring(i + 1, end);
          if (!index.matches("[0-9]")) {
            throw new IllegalStateException("text '" + key + "': only plain arguments {0} to {9} are supported,"
                + " found '" + pattern.substring(i, end < 0 ? pattern.length() : end + 1) + "'");
          }
          literals.add(literal.toString());
          literal.setLength(0);
          arguments.add(index.charAt(0) - '0');
          i = end;
        } else {
          literal.append(c);
        }
      }
      literals.add(literal.toString());
      return new Text(literals, arguments);
    }

    String format(Locale locale, Object[] values) {
      if (arguments.length == 0) {
        return literals[0]; // one string, shared by every finding that says it
      }
      StringBuilder out = new StringBuilder(capacity);
      for (int i = 0; i < arguments.length; i++) {
        out.append(literals[i]);
        int k = arguments[i];
        Object value = k < values.length ? values[k] : null;
        if (k >= values.length) {
          out.append('{').append(k).append('}'); // as MessageFormat leaves an argument it was not given
        } else if (value == null) {
          out.append("null");
        } else if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0
            && ((Number) value).longValue() < 1000) {
          out.append(((Number) value).longValue()); // no grouping nor sign: the same in every language
        } else if (value instanceof Number) {
          out.append(NumberFormat.getInstance(locale).format(value));
        } else {
          out.append(value);
        }
      }
      return out.append(literals[arguments.length]).toString();
    }
  }
}
