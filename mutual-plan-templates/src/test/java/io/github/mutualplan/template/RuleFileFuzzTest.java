package io.github.mutualplan.template;

import io.github.mutualplan.testing.PlanInvariants;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link TemplateFiles#readRules(String, String, TemplateFiles.Format)} with Jazzer, from the rule files in
 * {@code RuleFileFuzzTestInputs/readRules} (test resources: the catalogue's rules, the README's example, generated
 * rules, one as JSON). Each input is read as YAML and as JSON.
 *
 * <p>On every input: the only exception that may escape the reader is {@link TemplateFormatException}. On every
 * rule file it accepts: written in the same format and read again it is equal, and its rules are applied, whatever
 * their conditions, in their order to a catalogue template (picked by the input's length); a rule that does not
 * fit the template throws the documented {@link TemplateValidationException}. The tailored template is instantiated
 * by {@link TemplateFuzzing} (a fixed request), and the same rules are given to the instantiator with the untouched
 * template, where they apply by their conditions; every plan made, and the same plan shared with the buyer, passes
 * {@link PlanInvariants#check} (valid, every service finishes on it, the buyer's view holds no internal item).
 */
class RuleFileFuzzTest {
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readRules");
  private static final List<PlanTemplate> TEMPLATES = TemplateFuzzing.CATALOGUE.templates();

  @FuzzTest(maxDuration = "30s")
  void readRules(byte[] file) {
    STATS.input();
    String text = new String(file, UTF_8);
    for (TemplateFiles.Format format : TemplateFiles.Format.values()) {
      List<RuleDefinition> rules;
      try {
        rules = TemplateFiles.readRules(text, "fuzzed." + format.name().toLowerCase(), format);
      } catch (TemplateFormatException refused) {
        continue;
      }
      STATS.accepted(format.name());
      assertThat(TemplateFiles.readRules(TemplateFiles.writeRules(rules, format), "again", format))
          .as("the rules written as %s and read again", format).isEqualTo(rules);

      PlanTemplate template = TEMPLATES.get(file.length % TEMPLATES.size());
      PlanTemplate tailored = template;
      try {
        for (RuleDefinition rule : rules.stream().sorted(Comparator.comparingInt(RuleDefinition::order)
            .thenComparing(RuleDefinition::id)).toList()) {
          assertThat(rule.reason(tailored, TemplateFuzzing.PROFILE, java.util.Locale.ENGLISH)).isNotNull();
          tailored = rule.apply(tailored, TemplateFuzzing.PROFILE);
        }
      } catch (TemplateValidationException doesNotFit) {
        STATS.documented("TemplateValidationException from RuleDefinition.apply");
        tailored = null;
      }
      if (tailored != null) {
        TemplateFuzzing.instantiateAndCheck(tailored, List.of(), STATS);
      }
      TemplateFuzzing.instantiateAndCheck(template, rules, STATS);
    }
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
