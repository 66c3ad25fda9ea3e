package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.ComplianceRegime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The template and rule examples of README.md read as they say. */
class ReadmeFormatTest {
  static List<String> yamlBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void theReadmesTemplateAndRulesAreValid() throws IOException {
    List<String> blocks = yamlBlocks();
    assertThat(blocks).hasSize(2);

    PlanTemplate template = TemplateFiles.readTemplate(blocks.get(0), "README.md", TemplateFiles.Format.YAML);
    List<RuleDefinition> rules = TemplateFiles.readRules(blocks.get(1), "README.md", TemplateFiles.Format.YAML);

    assertThat(template.steps()).hasSize(2);
    PlanTemplate tailored = rules.get(0).apply(template, CustomerProfile.builder().industry("retail").headCount(300)
        .addComplianceRegimes(ComplianceRegime.GDPR).dealSize(io.github.mutualplan.Money.of("1", "EUR"))
        .buyerCountry("DE").build());
    assertThat(tailored.step("data-processing-agreement")).isPresent();
    assertThat(tailored.requiredRoles()).contains(io.github.mutualplan.Role.COMPLIANCE);
  }
}
