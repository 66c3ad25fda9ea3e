package io.github.mutualplan.template.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.RuleDefinition;
import io.github.mutualplan.template.TemplateFiles;
import io.github.mutualplan.template.TemplateOperation;
import io.github.mutualplan.testing.Draw;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The template samplers' promises: valid values for every seed, the same for the same seed. */
class TemplateSamplersTest {
  static final int SEEDS = 2_000;

  @Test
  void everySampledTemplateIsValidAndReadsBackFromItsFile() {
    LongStream.range(0, SEEDS).forEach(seed -> {
      PlanTemplate template = TemplateSamplers.templates(30).sample(seed);

      assertThat(PlanTemplate.builder().from(template).build()).as("seed %d", seed).isEqualTo(template);
      assertThat(template.steps()).hasSizeBetween(1, 30);
      assertThat(TemplateFiles.readTemplate(TemplateFiles.write(template, TemplateFiles.Format.YAML), "sampled",
          TemplateFiles.Format.YAML)).as("seed %d", seed).isEqualTo(template);
    });
  }

  @Test
  void everySampledProfileAndItsRulesAreValid() {
    LongStream.range(0, SEEDS).forEach(seed -> {
      CustomerProfile profile = TemplateSamplers.profiles().sample(seed);
      PlanTemplate template = TemplateSamplers.templates(20).sample(seed);

      assertThat(CustomerProfile.builder().from(profile).build()).isEqualTo(profile);
      assertThat(TemplateSamplers.rulesFor(Draw.seeded(seed), template))
          .allSatisfy(rule -> assertThat(rule.operations()).isNotEmpty());
      assertThat(TemplateSamplers.people(Draw.seeded(seed))).isNotEmpty();
    });
  }

  @Test
  void rulesThatAllApplyInAnyOrderKeepATemplateWithinItsLimits() {
    // The long templates, where rules that scale every step by 2.5 three times would break the limit, many
    // rule sets each.
    List<PlanTemplate> longTemplates = LongStream.range(0, 20_000)
        .mapToObj(seed -> TemplateSamplers.templates(25).sample(seed))
        .filter(t -> t.steps().stream().mapToInt(t::durationOf).sum() > 350).limit(200)
        .collect(Collectors.toList());
    assertThat(longTemplates).hasSize(200);
    for (int i = 0; i < longTemplates.size(); i++) {
      PlanTemplate template = longTemplates.get(i);
      for (long seed = 0; seed < 50; seed++) {
        List<RuleDefinition> rules = TemplateSamplers.rulesFor(Draw.seeded(1_000 * i + seed), template);
        List<RuleDefinition> reversed = new ArrayList<>(rules);
        Collections.reverse(reversed);
        for (List<RuleDefinition> order : List.of(rules, reversed)) {
          PlanTemplate tailored = template;
          for (RuleDefinition rule : order) {
            for (TemplateOperation operation : rule.operations()) {
              tailored = operation.applyTo(tailored); // throws if the template would break a limit
            }
          }
          assertThat(tailored.steps()).hasSizeGreaterThanOrEqualTo(template.steps().size());
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameTemplateAndProfile() {
    LongStream.range(0, 200).forEach(seed -> {
      assertThat(TemplateSamplers.templates(30).sample(seed)).isEqualTo(TemplateSamplers.templates(30).sample(seed));
      assertThat(TemplateSamplers.profiles().sample(seed)).isEqualTo(TemplateSamplers.profiles().sample(seed));
    });
  }
}
