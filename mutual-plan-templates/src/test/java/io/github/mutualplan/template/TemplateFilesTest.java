package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateFilesTest {
  static PlanTemplate small() {
    return PlanTemplate.builder()
        .id("small")
        .version("1")
        .name(LocalizedText.of(Map.of("en", "Small", "ru", "Малый")))
        .addStages(StageTemplate.builder().key("evaluation").name(LocalizedText.of("Evaluation")).defaultDurationDays(5).build())
        .addMilestones(MilestoneTemplate.builder().key("signed").name(LocalizedText.of("Signed")).closing(true).build())
        .addSteps(
            StepTemplate.builder().key("demo").title(LocalizedText.of("Demo")).side(Side.SELLER)
                .ownerRole(Role.SALES_ENGINEER).stage("evaluation").build(),
            StepTemplate.builder().key("signature").title(LocalizedText.of("Signature")).side(Side.BUYER)
                .ownerRole(Role.ECONOMIC_BUYER).durationDays(3).estimate(DurationEstimate.of(1, 3, 9))
                .addDependsOn("demo").milestone("signed").addTag("legal").build())
        .addRequiredRoles(Role.CHAMPION)
        .build();
  }

  @Test
  void roundTrip() {
    String yaml = TemplateFiles.write(small(), TemplateFiles.Format.YAML);
    System.out.println(yaml);
    assertThat(TemplateFiles.readTemplate(yaml, "small.yaml", TemplateFiles.Format.YAML)).isEqualTo(small());
    String json = TemplateFiles.write(small(), TemplateFiles.Format.JSON);
    assertThat(TemplateFiles.readTemplate(json, "small.json", TemplateFiles.Format.JSON)).isEqualTo(small());
  }

  @Test
  void errors() {
    String yaml = TemplateFiles.write(small(), TemplateFiles.Format.YAML);
    for (String broken : new String[] {
        yaml.replace("title:", "titel:"),
        yaml.replace("durationDays: 3", "durationDays: three"),
        yaml.replace("side: BUYER", "side: BUYERS"),
        yaml.replace("- demo", "- demoo"),
        yaml.replace("ownerRole: economic-buyer", "ownerRole: Economic Buyer"),
        "id: x\nversion: !!java.net.URL http://evil\n",
        "id: x\n",
        "[1, 2]",
        "a: [1, 2\n"}) {
      TemplateFormatException e = catchThrowableOfType(TemplateFormatException.class,
          () -> TemplateFiles.readTemplate(broken, "broken.yaml", TemplateFiles.Format.YAML));
      System.out.println(e == null ? "NO ERROR" : e.getMessage());
    }
  }
}
