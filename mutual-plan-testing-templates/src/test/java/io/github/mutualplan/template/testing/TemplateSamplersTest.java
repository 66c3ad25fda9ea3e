package io.github.mutualplan.template.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.TemplateFiles;
import io.github.mutualplan.testing.Draw;
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
  void theSameSeedGivesTheSameTemplateAndProfile() {
    LongStream.range(0, 200).forEach(seed -> {
      assertThat(TemplateSamplers.templates(30).sample(seed)).isEqualTo(TemplateSamplers.templates(30).sample(seed));
      assertThat(TemplateSamplers.profiles().sample(seed)).isEqualTo(TemplateSamplers.profiles().sample(seed));
    });
  }
}
