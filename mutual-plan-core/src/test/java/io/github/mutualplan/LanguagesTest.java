package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One rule for the library's languages, and every text in every one of them. */
class LanguagesTest {
  private static final Pattern TEXT_FILE = Pattern.compile("(.+)_([a-z]{2,3})\\.properties");

  @Test
  void theLibraryShipsEnglishFirstThenRussian() {
    assertThat(Languages.shipped()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("ru"));
  }

  @Test
  void aLocaleGetsItsLanguageAndAnyOtherGetsEnglish() {
    assertThat(Languages.of(Locale.forLanguageTag("ru-RU"))).isEqualTo(Locale.forLanguageTag("ru"));
    assertThat(Languages.of(Locale.UK)).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.of(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.of(Locale.ROOT)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aTextInSomeLanguagesIsShownInTheLocalesThenEnglishThenItsFirst() {
    assertThat(Languages.choose(Locale.forLanguageTag("ru-RU"), List.of("en", "ru"))).isEqualTo("ru");
    assertThat(Languages.choose(Locale.GERMANY, List.of("ru", "en"))).isEqualTo("en");
    assertThat(Languages.choose(Locale.GERMANY, List.of("ru", "fr"))).isEqualTo("ru");
    assertThat(Languages.choose(Locale.FRANCE, List.of("ru", "fr"))).isEqualTo("fr");
    assertThatThrownBy(() -> Languages.choose(Locale.ENGLISH, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("available");
  }

  /**
   * Every set of texts of the library (each {@code name_xx.properties} family under the main resources) is in
   * exactly the shipped languages, and each language has exactly the keys English has.
   */
  @Test
  void everyTextIsInEveryLanguageTheLibraryShips() throws IOException {
    Set<String> shipped = Languages.shipped().stream().map(Locale::getLanguage).collect(Collectors.toSet());
    Map<String, Map<String, Set<String>>> families = new TreeMap<>(); // family -> language -> keys
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher name = TEXT_FILE.matcher(file.getFileName().toString());
        if (name.matches()) {
          String family = file.getParent().resolve(name.group(1)).toString();
          families.computeIfAbsent(family, f -> new TreeMap<>()).put(name.group(2), keys(file));
        }
      }
    }

    assertThat(families).as("the families of texts").hasSizeGreaterThanOrEqualTo(2);
    families.forEach((family, languages) -> {
      assertThat(languages.keySet()).as("the languages of %s", family).isEqualTo(shipped);
      languages.forEach((language, keys) ->
          assertThat(keys).as("the keys of %s in %s", family, language).isEqualTo(languages.get("en")));
    });
  }

  private static Set<String> keys(Path file) throws IOException {
    Properties texts = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return new TreeSet<>(texts.stringPropertyNames());
  }
}
