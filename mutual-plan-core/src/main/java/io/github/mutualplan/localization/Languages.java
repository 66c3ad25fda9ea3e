package io.github.mutualplan.localization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The languages the library's own texts are in (the labels of documents, the texts of risk findings), and the one
 * rule by which a locale finds its language: the locale's language when the library has it, else English. So a
 * document or a finding asked for in German is in English, and one asked for in {@code ru-RU} is in Russian.
 *
 * <p>The languages are listed in {@code languages.txt} beside this class, English first. Adding a language is
 * adding files: its tag in that list, and a {@code _xx.properties} file of every set of texts (the labels beside
 * {@code io.github.mutualplan.render}, the messages beside {@code io.github.mutualplan.risk}); a test fails while
 * one of them lacks a key the English one has.
 */
public final class Languages {
  private static final ImmutableList<Locale> SHIPPED = read();

  private Languages() {}

  /** The languages of the library's texts, English first. */
  public static ImmutableList<Locale> shipped() {
    return SHIPPED;
  }

  /** The language of the library's texts a locale gets: its own language if shipped, else English. */
  public static Locale of(Locale locale) {
    return SHIPPED.get(indexOf(locale.getLanguage()));
  }

  /**
   * The place in {@link #shipped()} of the language a locale with this language code gets: its own if shipped,
   * else English's, 0.
   */
  public static int indexOf(String language) {
    for (int i = 1; i < SHIPPED.size(); i++) {
      if (SHIPPED.get(i).getLanguage().equals(language)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * One set of texts in every shipped language: {@code base_xx.properties} beside {@code owner}, for each
   * language in the order of {@link #shipped()}.
   *
   * @throws IllegalStateException if a language lacks its file
   */
  public static ImmutableMap<Locale, Properties> texts(Class<?> owner, String base) {
    ImmutableMap.Builder<Locale, Properties> texts = ImmutableMap.builder();
    for (Locale language : SHIPPED) {
      texts.put(language, TextFiles.read(owner, base + "_" + language.getLanguage() + ".properties"));
    }
    return texts.build();
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
