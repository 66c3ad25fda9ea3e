package io.github.mutualplan.template;

import io.github.mutualplan.testing.PlanInvariants;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link TemplateFiles#readTemplate(String, String, TemplateFiles.Format)} with Jazzer, from the template
 * files in {@code TemplateFileFuzzTestInputs/readTemplate} (test resources: catalogue templates, the README's
 * example, one as JSON). Each input is read as YAML and as JSON.
 *
 * <p>On every input: the only exception that may escape the reader is {@link TemplateFormatException}. On every
 * template it accepts: written in the same format and read again it is equal, {@link TemplateLint} has its say,
 * and it is instantiated, without rules and with the catalogue's rules, by {@link TemplateFuzzing} (a fixed
 * request): without rules it must instantiate; with rules a {@link TemplateValidationException} (a rule that does
 * not fit) is documented. Every plan made, and the same plan shared with the buyer, passes
 * {@link PlanInvariants#check} (valid, every service finishes on it, the buyer's view holds no internal item).
 *
 * <p>Run by {@code mvn verify} as a regression test over the seeds (surefire's default execution) and fuzzed for a
 * short time ({@code fuzz.duration}); {@code -Pfuzz} fuzzes longer. See the module's POM.
 */
class TemplateFileFuzzTest {
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readTemplate");

  @FuzzTest(maxDuration = "30s")
  void readTemplate(byte[] file) {
    STATS.input();
    String text = new String(file, UTF_8);
    for (TemplateFiles.Format format : TemplateFiles.Format.values()) {
      PlanTemplate template;
      try {
        template = TemplateFiles.readTemplate(text, "fuzzed." + format.name().toLowerCase(), format);
      } catch (TemplateFormatException refused) {
        continue;
      }
      STATS.accepted(format.name());
      assertThat(TemplateFiles.readTemplate(TemplateFiles.write(template, format), "again", format))
          .as("the template written as %s and read again", format).isEqualTo(template);
      assertThat(TemplateLint.warnings(template)).isNotNull();
      TemplateFuzzing.instantiateAndCheck(template, List.of(), STATS);
      TemplateFuzzing.instantiateAndCheck(template, TemplateFuzzing.CATALOGUE.rules(), STATS);
    }
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
