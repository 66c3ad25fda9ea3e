package io.github.mutualplan.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of the built-in findings, in English and Russian: {@code messages_en.properties} and
 * {@code messages_ru.properties} beside this class, read directly so that the JVM's default locale never
 * changes the language.
 */
final class Findings {
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("ru"));
  private static final List<Properties> TEXTS = List.of(read("en"), read("ru"));

  private Findings() {}

  /** A finding whose texts are {@code rule.variant.message} and {@code rule.variant.action}, with arguments. */
  static RiskFinding of(String rule, String variant, Severity severity, String subject, Object... arguments) {
    RiskFinding.Builder finding = RiskFinding.builder().rule(rule).severity(severity).subject(subject);
    for (int i = 0; i < LANGUAGES.size(); i++) {
      String language = LANGUAGES.get(i).getLanguage();
      finding.putMessage(language, text(i, rule + "." + variant + ".message", arguments));
      finding.putAction(language, text(i, rule + "." + variant + ".action", arguments));
    }
    return finding.build();
  }

  /** The texts of one language, for tests. */
  static Properties texts(String language) {
    return TEXTS.get(language.equals("en") ? 0 : 1);
  }

  private static String text(int language, String key, Object[] arguments) {
    String pattern = TEXTS.get(language).getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no text '" + key + "' in " + LANGUAGES.get(language));
    }
    return new MessageFormat(pattern, LANGUAGES.get(language)).format(arguments);
  }

  private static Properties read(String language) {
    try (InputStream in = Findings.class.getResourceAsStream("messages_" + language + ".properties")) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
