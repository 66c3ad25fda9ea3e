package io.github.mutualplan.template;

import static org.quicktheories.QuickTheory.qt;

import io.github.mutualplan.template.testing.TemplateSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.quicktheories.core.Gen;

/**
 * Writes the seed files of the fuzz tests of this module into {@code src/test/resources}: catalogue templates and
 * rules as they are, one of each as JSON, the README's examples, {@link TemplateFilesTest#GOOD}, and templates and
 * rules generated with fixed seeds. The seeds are checked in; this only regenerates them, when the format changes:
 *
 * <pre>
 * mvn -B -ntp -pl mutual-plan-templates -am test -Dtest=FuzzSeedsWriter -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.writeSeeds=true
 * </pre>
 */
class FuzzSeedsWriter {
  private static final Path RESOURCES = Path.of("src", "test", "resources", "io", "github", "mutualplan", "template");

  @Test
  @EnabledIfSystemProperty(named = "fuzz.writeSeeds", matches = "true")
  void writeSeeds() throws IOException {
    List<String> readme = ReadmeFormatTest.yamlBlocks();

    Map<String, String> templates = new TreeMap<>();
    for (String id : List.of("healthcare-provider", "smb-velocity", "startup-fast-track")) {
      templates.put(id + ".yaml", CatalogueYaml.file(id + ".yaml"));
    }
    templates.put("standard-b2b.json", TemplateFiles.write(Catalogue.builtIn().template("standard-b2b")
        .orElseThrow(), TemplateFiles.Format.JSON));
    templates.put("readme-template.yaml", readme.get(0));
    templates.put("small.yaml", TemplateFilesTest.GOOD);
    List<PlanTemplate> generated = generate(Gens.of(TemplateSamplers.templates(10)), 2, 7);
    for (int i = 0; i < generated.size(); i++) {
      templates.put("generated-template-" + i + ".yaml", TemplateFiles.write(generated.get(i),
          TemplateFiles.Format.YAML));
    }
    write("TemplateFileFuzzTestInputs/readTemplate", templates);

    Map<String, String> rules = new TreeMap<>();
    String catalogueRules = CatalogueYaml.file("rules.yaml");
    rules.put("catalogue-rules.yaml", catalogueRules);
    rules.put("catalogue-rules.json", TemplateFiles.writeRules(TemplateFiles.readRules(catalogueRules, "rules.yaml",
        TemplateFiles.Format.YAML), TemplateFiles.Format.JSON));
    rules.put("readme-rules.yaml", readme.get(1));
    List<List<RuleDefinition>> generatedRules = generate(in -> TemplateSamplers.rulesFor(Gens.draw(in),
        TemplateSamplers.templates(10).sample(Gens.draw(in))), 8, 13).stream().filter(r -> !r.isEmpty()).limit(3)
        .toList();
    for (int i = 0; i < generatedRules.size(); i++) {
      rules.put("generated-rules-" + i + ".yaml", TemplateFiles.writeRules(generatedRules.get(i),
          TemplateFiles.Format.YAML));
    }
    write("RuleFileFuzzTestInputs/readRules", rules);
  }

  private static <T> List<T> generate(Gen<T> gen, int count, long seed) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static void write(String directory, Map<String, String> documents) throws IOException {
    Path dir = RESOURCES.resolve(directory);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> doc : documents.entrySet()) {
      Files.writeString(dir.resolve(doc.getKey()), doc.getValue(), StandardCharsets.UTF_8);
    }
  }
}
