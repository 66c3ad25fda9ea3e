package io.github.mutualplan;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The languages the library's own texts are in, and the one rule by which every text finds its language: the
 * labels of documents, the texts of risk findings and the texts of templates.
 *
 * <p><b>The rule.</b> A text asked for in a locale is in the locale's language when it is there, else in English.
 * The library's own texts are in every language of {@link #shipped()}, so a document or a finding asked for in
 * German is in English and one asked for in {@code ru-RU} is in Russian. A template's text is in the languages
 * its author wrote; one written without English falls back, last, to the first language it has.
 *
 * <pre>{@code
 * Languages.of(Locale.forLanguageTag("ru-RU"));           // ru
 * Languages.choose(Locale.GERMANY, Set.of("ru", "en"));    // "en"
 * }</pre>
 *
 * <p><b>Adding a language</b> is adding files: its tag in {@code languages.txt} beside this class, and a
 * {@code _xx.properties} file of every set of texts (the labels beside {@code io.github.mutualplan.render}, the
 * messages beside {@code io.github.mutualplan.risk}) and the texts of the built-in templates; tests fail while
 * one of them lacks a text the English one has.
 *
 * <p>Its methods keep no state and are safe to call from any thread.
 *
 * @since 0.1.0
 */
public final class Languages {
  private static final ImmutableList<Locale> SHIPPED = read();
  private static final ImmutableList<String> CODES =
      SHIPPED.stream().map(Locale::getLanguage).collect(ImmutableList.toImmutableList());

  private Languages() {}

  /**
   * The languages of the library's texts, English first.
   *
   * @return the languages, such as {@code [en, ru]}
   */
  public static ImmutableList<Locale> shipped() {
    return SHIPPED;
  }

  /**
   * The language of the library's texts a locale gets: its own if shipped, else English.
   *
   * @param locale any locale
   * @return one of {@link #shipped()}
   */
  public static Locale of(Locale locale) {
    return SHIPPED.get(CODES.indexOf(choose(locale, CODES)));
  }

  /**
   * The language a text that is in some languages is shown in for a locale: the locale's own when the text has
   * it, else English when it has it, else the first it has.
   *
   * @param locale the locale asked for
   * @param available the language codes the text is in, such as {@code en} and {@code ru}, at least one
   * @return one of {@code available}
   * @throws IllegalArgumentException if {@code available} is empty
   */
  public static String choose(Locale locale, Collection<String> available) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    if (available.contains(language)) {
      return language;
    }
    if (available.contains(Locale.ENGLISH.getLanguage())) {
      return Locale.ENGLISH.getLanguage();
    }
    if (available.isEmpty()) {
      throw new IllegalArgumentException("available: a text is in at least one language");
    }
    return available.iterator().next();
  }

  private static ImmutableList<Locale> read() {
    try (InputStream in = Languages.class.getResourceAsStream("languages.txt")) {
      if (in == null) {
        throw new IllegalStateException("no languages.txt beside " + Languages.class.getName());
      }
      ImmutableList.Builder<Locale> languages = ImmutableList.builder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String tag = line.strip();
        if (!tag.isEmpty() && !tag.startsWith("#")) {
          languages.add(Locale.forLanguageTag(tag));
        }
      }
      ImmutableList<Locale> list = languages.build();
      if (list.isEmpty() || !list.get(0).getLanguage().equals("en")) {
        throw new IllegalStateException("languages.txt lists English first, then the other languages");
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
