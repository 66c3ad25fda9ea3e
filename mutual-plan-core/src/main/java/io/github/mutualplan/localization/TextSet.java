package io.github.mutualplan.localization;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * One set of the library's texts in every language it ships ({@link Languages#shipped()}): the files
 * {@code base_xx.properties} beside a class, read as UTF-8 whatever the JVM's locale, their texts parsed once as
 * {@link TextPattern}s. The labels of documents and the texts of risk findings are each one set.
 *
 * <p>A language is found by its place in {@link Languages#shipped()}, by {@link #language(String)}: the
 * language's own when shipped, else English's. A set is immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class TextSet {
  private static final ImmutableList<String> CODES =
      Languages.shipped().stream().map(Locale::getLanguage).collect(ImmutableList.toImmutableList());

  private final String name;
  private final ImmutableList<ImmutableMap<String, TextPattern>> patterns;

  private TextSet(String name, ImmutableList<ImmutableMap<String, TextPattern>> patterns) {
    this.name = name;
    this.patterns = patterns;
  }

  /**
   * Reads {@code base_xx.properties} beside {@code owner} for every shipped language, and parses every text.
   *
   * @throws IllegalStateException if a language lacks its file or a text is not a pattern {@link TextPattern}
   *     reads
   */
  public static TextSet read(Class<?> owner, String base) {
    ImmutableList.Builder<ImmutableMap<String, TextPattern>> patterns = ImmutableList.builder();
    for (Locale language : Languages.shipped()) {
      String file = base + "_" + language.getLanguage() + ".properties";
      Properties texts = load(owner, file);
      ImmutableMap.Builder<String, TextPattern> parsed = ImmutableMap.builderWithExpectedSize(texts.size());
      for (String key : texts.stringPropertyNames()) {
        parsed.put(key, TextPattern.parse(file + ": " + key, texts.getProperty(key)));
      }
      patterns.add(parsed.build());
    }
    return new TextSet(owner.getPackageName() + "." + base, patterns.build());
  }

  /** The place in {@link Languages#shipped()} of the language a language code gets: its own, else English's. */
  public static int language(String code) {
    int shipped = CODES.indexOf(code);
    return shipped < 0 ? 0 : shipped; // English is first
  }

  /**
   * The text with this key in the language at this place of {@link Languages#shipped()}.
   *
   * @throws IllegalStateException if that language has no such text
   */
  public TextPattern get(int language, String key) {
    TextPattern pattern = patterns.get(language).get(key);
    if (pattern == null) {
      throw new IllegalStateException("no text '" + key + "' in " + name + " (" + Languages.shipped().get(language)
          + ")");
    }
    return pattern;
  }

  /** The keys and unparsed texts of one language, for tests. */
  public ImmutableMap<String, String> texts(int language) {
    ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
    patterns.get(language).forEach((key, pattern) -> texts.put(key, pattern.source()));
    return texts.build();
  }

  private static Properties load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no texts '" + name + "' beside " + owner.getName());
      }
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
