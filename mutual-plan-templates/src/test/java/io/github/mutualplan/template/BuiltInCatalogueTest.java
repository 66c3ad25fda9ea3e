package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalogue ships compiled ({@link BuiltInCatalogue}, written by {@link BuiltInCatalogueWriter}):
 * {@link Catalogue#builtIn()} must give exactly what reading its YAML files with {@link TemplateFiles} gives, value
 * for value and in the same order, down to the order of every set and map (the order of a text's languages chooses
 * its fallback; the order of a step's dependencies is the order of the plan's).
 */
class BuiltInCatalogueTest {
  private static final String WRITE_AGAIN = "the compiled catalogue is not what the YAML files say: write it again"
      + " (see BuiltInCatalogueWriter)";

  @Test
  void theBuiltInTemplatesAreWhatTheYamlFilesSay() {
    List<PlanTemplate> read = List.copyOf(CatalogueYaml.templates().values());
    List<PlanTemplate> builtIn = Catalogue.builtIn().templates();
    assertThat(builtIn).as(WRITE_AGAIN).extracting(PlanTemplate::id)
        .containsExactlyElementsOf(read.stream().map(PlanTemplate::id).toList());
    for (int i = 0; i < read.size(); i++) {
      assertThat(builtIn.get(i)).as(read.get(i).id()).isEqualTo(read.get(i));
      assertThat(structure(builtIn.get(i))).as(read.get(i).id() + ", in order").isEqualTo(structure(read.get(i)));
    }
  }

  @Test
  void theBuiltInRulesAreWhatTheYamlFilesSay() {
    List<RuleDefinition> read = CatalogueYaml.rules();
    List<CustomizationRule> builtIn = Catalogue.builtIn().rules();
    assertThat(builtIn).as(WRITE_AGAIN).extracting(CustomizationRule::id)
        .containsExactlyElementsOf(read.stream().map(RuleDefinition::id).toList());
    for (int i = 0; i < read.size(); i++) {
      assertThat(builtIn.get(i)).as(read.get(i).id()).isEqualTo(read.get(i));
      assertThat(structure(builtIn.get(i))).as(read.get(i).id() + ", in order").isEqualTo(structure(read.get(i)));
    }
  }

  @Test
  void theCompiledCatalogueIsAsTheWriterWritesIt() throws IOException {
    assertThat(Files.readString(BuiltInCatalogueWriter.SOURCE, StandardCharsets.UTF_8)).as(WRITE_AGAIN)
        .isEqualTo(BuiltInCatalogueWriter.source());
  }

  /** The check of the order can fail: a set or a map in another order is equal, but not the same structure. */
  @Test
  void theStructureKeepsTheOrderOfSetsAndMaps() {
    StepTemplate step = Catalogue.builtIn().templates().get(0).steps().stream()
        .filter(s -> s.dependsOn().size() > 1).findFirst().orElseThrow();
    List<String> reversed = new ArrayList<>(step.dependsOn());
    Collections.reverse(reversed);
    StepTemplate reordered = step.withDependsOn(reversed);
    assertThat(reordered).isEqualTo(step);
    assertThat(structure(reordered)).isNotEqualTo(structure(step));

    Map<String, String> title = step.title().byLanguage();
    assertThat(title.keySet()).containsExactly("en", "ru");
    LocalizedText russianFirst = LocalizedText.of(ImmutableMap.of("ru", title.get("ru"), "en", title.get("en")));
    assertThat(russianFirst).isEqualTo(step.title());
    assertThat(structure(russianFirst)).isNotEqualTo(structure(step.title()));
  }

  /**
   * A value as nested lists, in the order it iterates: a value of this package as its class and attributes, a
   * collection as its elements, a map as its entries, an optional as its value or nothing.
   */
  private static Object structure(Object value) {
    if (value instanceof Optional<?>) {
      return ((Optional<?>) value).map(v -> List.of("present", structure(v))).orElse(List.of("absent"));
    } else if (value instanceof OptionalInt) {
      OptionalInt number = (OptionalInt) value;
      return number.isPresent() ? List.of("present", number.getAsInt()) : List.of("absent");
    } else if (value instanceof Collection<?>) {
      return ((Collection<?>) value).stream().map(BuiltInCatalogueTest::structure).toList();
    } else if (value instanceof Map<?, ?>) {
      List<Object> entries = new ArrayList<>();
      ((Map<?, ?>) value).forEach((k, v) -> entries.add(List.of(structure(k), structure(v))));
      return entries;
    } else if (CatalogueYaml.isModelValue(value)) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      CatalogueYaml.attributes(value).forEach((name, attribute) -> attributes.put(name, structure(attribute)));
      return List.of(value.getClass().getName(), attributes);
    }
    return value;
  }
}
