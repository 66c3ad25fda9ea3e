package io.github.mutualplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a built-in rule can say is in every language the library ships, and every text shipped belongs to a
 * rule: a missing or misspelt key fails the build, not the first assessment whose plan makes the rule fire.
 */
class BuiltInRuleTextsTest {
  private static final String FILE = "messages_(.+)\\.properties";

  /** The languages shipped: a {@code messages_xx.properties} beside {@link Findings} each. */
  static List<String> shippedLanguages() throws IOException, URISyntaxException {
    Path directory = Path.of(Findings.class.getResource("messages_en.properties").toURI()).getParent();
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> name.matches(FILE))
          .map(name -> name.replaceFirst(FILE, "$1")).sorted().collect(Collectors.toList());
    }
  }

  static List<BuiltInRule> builtInRules() {
    return RiskAssessor.builtInRules().stream().map(r -> (BuiltInRule) r).collect(Collectors.toList());
  }

  @Test
  void theFindingsAreWrittenInEveryLanguageShipped() throws IOException, URISyntaxException {
    assertThat(shippedLanguages()).containsExactlyInAnyOrderElementsOf(
        Findings.LANGUAGES.stream().map(Locale::getLanguage).collect(Collectors.toList()));
  }

  @Test
  void everyTextOfEveryBuiltInRuleIsInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (BuiltInRule rule : builtInRules()) {
      assertThat(rule.textKeys()).as(rule.id().key()).isNotEmpty()
          .allSatisfy(key -> assertThat(key).startsWith(rule.id().key() + "."));
      for (Locale language : Findings.LANGUAGES) {
        Map<String, String> texts = Findings.texts(language.getLanguage());
        rule.textKeys().stream().filter(key -> texts.getOrDefault(key, "").isBlank())
            .forEach(key -> missing.add(language.getLanguage() + ": " + key));
      }
    }
    assertThat(missing).as("texts missing").isEmpty();
  }

  @Test
  void everyTextShippedBelongsToABuiltInRule() {
    Set<String> said = new LinkedHashSet<>();
    builtInRules().forEach(rule -> said.addAll(rule.textKeys()));
    for (Locale language : Findings.LANGUAGES) {
      assertThat(Findings.texts(language.getLanguage()).keySet()).as(language.getLanguage())
          .containsExactlyInAnyOrderElementsOf(said);
    }
  }

  @Test
  void everyBuiltInRuleHasItsOwnId() {
    assertThat(builtInRules()).extracting(RiskRule::id).doesNotHaveDuplicates()
        .extracting(RiskRuleId::key).contains("overdue-commitment", "no-champion", "no-economic-buyer", "slips");
  }
}
