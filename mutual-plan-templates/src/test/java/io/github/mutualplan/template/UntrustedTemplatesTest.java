package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template and rule files from outside are checked as strictly as a plan: no null becomes a default, no value
 * makes instantiation unbounded, and hostile text is refused with a short, escaped message.
 */
class UntrustedTemplatesTest {
  static final String GOOD = TemplateFilesTest.GOOD;

  static TemplateFormatException broken(String yaml) {
    return TemplateFilesTest.broken(yaml);
  }

  @Test
  void aNullIsRefusedWhereverItIs() {
    assertThat(broken(GOOD + "  - null\n"))
        .hasMessage("small.yaml:28:5: steps[2]: a list of steps holds no nulls");
    assertThat(broken(GOOD.replace("    tags: [legal]", "    tags: [legal]\n    visibility: null")))
        .hasMessage("small.yaml:28:17: steps[1].visibility: 'visibility' of a step must not be null: expected a value,"
            + " or the key left out for the default");
    assertThat(broken(GOOD.replace("    tags: [legal]", "    tags: null")).path()).isEqualTo("steps[1].tags");
    assertThat(broken(GOOD.replace("    closing: true", "    closing: null")).path())
        .isEqualTo("milestones[0].closing");
    assertThat(broken(GOOD.replace("defaultDurationDays: 5", "defaultDurationDays: null")).problem())
        .isEqualTo("'defaultDurationDays' of a stage must not be null: expected a value");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAsAFileAndAByteOrderMarkIsNoContent(@TempDir Path dir) throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, (byte) 0xFE});
    assertThat(catchThrowableOfType(TemplateFormatException.class, () -> TemplateFiles.readTemplate(latin1)))
        .hasMessageEndingWith("latin1.yaml:0:0: the file is not UTF-8 text");

    String json = TemplateFiles.write(read(GOOD), TemplateFiles.Format.JSON);
    Path marked = Files.writeString(dir.resolve("marked.json"), "\uFEFF" + json, StandardCharsets.UTF_8);
    assertThat(TemplateFiles.readTemplate(marked)).isEqualTo(read(GOOD));
  }

  @Test
  void aNumberOfManyDigitsIsRefusedWhereItIs() {
    assertThat(broken(GOOD.replace("durationDays: 3", "durationDays: 123456789012345678901234567")))
        .hasMessage("small.yaml:23:19: steps[1].durationDays: expected a whole number from -2147483648 to"
            + " 2147483647, was the number 123456789012345678901234567");
  }

  @Test
  void aFractionOfADayIsNotAWholeNumberInYamlEither() {
    assertThat(broken(GOOD.replace("durationDays: 3", "durationDays: 5.9")))
        .hasMessage("small.yaml:23:19: steps[1].durationDays: expected a whole number from -2147483648 to"
            + " 2147483647, was the number 5.9");
  }

  @Test
  void durationsAndTimelinesStayWithinWhatAPlanHolds() {
    assertThat(broken(GOOD.replace("durationDays: 3", "durationDays: 2147483647")).problem()).isEqualTo(
        "steps[signature].durationDays: must be from 1 to 2610 working days (was 2147483647); steps: the longest"
            + " chain of steps takes 2147483652 working days; at most 1000");
    assertThat(broken(GOOD.replace("defaultDurationDays: 5", "defaultDurationDays: 2611")).problem())
        .startsWith("stages[evaluation].defaultDurationDays: must be from 1 to 2610 working days (was 2611)");
    assertThat(broken(GOOD.replace("durationDays: 3", "durationDays: 996")).problem())
        .isEqualTo("steps: the longest chain of steps takes 1001 working days; at most 1000");
    assertThat(read(GOOD.replace("durationDays: 3", "durationDays: 995")).durationOf(
        read(GOOD.replace("durationDays: 3", "durationDays: 995")).step("signature").orElseThrow())).isEqualTo(995);
  }

  @Test
  void aRuleCannotScaleAStepBeyondWhatAPlanHolds() {
    TemplateValidationException e = catchThrowableOfType(TemplateValidationException.class,
        () -> TemplateOperation.scaleDurations(1e300, Set.of()).applyTo(read(GOOD)));
    assertThat(e.problems()).containsExactly("steps[demo]: scaled by 1.0E300, it would take more than 2610 working"
        + " days");

    TemplateValidationException set = catchThrowableOfType(TemplateValidationException.class,
        () -> TemplateOperation.setDuration("demo", 100_000, Optional.empty()).applyTo(read(GOOD)));
    assertThat(set.problems()).containsExactly("setDuration.days: must be from 1 to 2610 (was 100000)");
  }

  @Test
  void hostileTextIsRefusedAndQuotedEscapedAndShort() {
    TemplateFormatException escape = broken(GOOD.replace("title: {en: Demo, ru: Демонстрация}",
        "title: \"Demo\\e[31m\""));
    assertThat(escape.path()).isEqualTo("steps[0].title");
    assertThat(escape.problem()).isEqualTo("text.en: holds the control character U+001B at character 5; only line"
        + " breaks and tabs are allowed");
    String title = "title: {en: Demo, ru: Демонстрация}";
    assertThat(broken(GOOD.replace(title, "title: \"Demo\\nday\"")).problem())
        .isEqualTo("steps[demo].title.en: holds the control character U+000A at character 5; a name is one line");
    assertThat(broken(GOOD.replace(title, "title: '" + "x".repeat(201) + "'"))
        .problem()).isEqualTo("steps[demo].title.en: has 201 characters; at most 200");

    String longKey = "k".repeat(5_000);
    TemplateFormatException key = broken(GOOD.replace("dependsOn: [demo]", "dependsOn: [\"" + longKey + "\u202e\"]"));
    assertThat(key.getMessage()).hasSizeLessThan(300).doesNotContain("\u202e")
        .contains("steps[signature].dependsOn['kkkkkkkkkk", "... (5001 characters)]: no step 'kkkk");
  }

  @Test
  void aTemplateAtItsLimitsInstantiatesQuicklyToAValidPlan() {
    // Forty steps in one chain of 25 working days each: the longest timeline a template may have.
    StringBuilder yaml = new StringBuilder(String.join("\n", "id: long", "version: '1'", "name: Long",
        "milestones:", "  - {key: signed, name: Signed, closing: true}", "steps:", ""));
    for (int i = 0; i < 40; i++) {
      yaml.append("  - {key: s").append(i).append(", title: Step ").append(i)
          .append(", side: SELLER, ownerRole: account-executive, durationDays: 25")
          .append(i == 0 ? "" : ", dependsOn: [s" + (i - 1) + "]")
          .append(i == 39 ? ", milestone: signed" : "").append("}\n");
    }
    PlanTemplate template = read(yaml.toString());
    Stakeholder alex = Stakeholder.builder().id(StakeholderId.of("alex")).side(Side.SELLER).name("Alex")
        .addRoles(Role.ACCOUNT_EXECUTIVE).build();
    List<Anchor> anchors = new ArrayList<>(List.of(Anchor.startOn(PlanLimits.LATEST_DATE),
        Anchor.startOn(PlanLimits.EARLIEST_DATE), Anchor.closeBy(PlanLimits.LATEST_DATE, PlanLimits.EARLIEST_DATE)));
    for (Anchor anchor : anchors) {
      MutualActionPlan plan = TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
          .template(template).profile(CustomerProfile.builder().industry("software").headCount(50)
              .dealSize(Money.of("1", "USD")).buyerCountry("US").build())
          .planId(PlanId.of("long")).deal(Deal.of("Account", Money.of("1", "USD"))).sellerOrganization("Acme")
          .addPeople(alex).sellerOwner(alex.id()).anchor(anchor).zone(ZoneId.of("UTC"))
          .createdAt(Instant.parse("2027-01-01T00:00:00Z")).build()).plan();

      assertThat(plan.commitments()).hasSize(40);
      assertThat(plan.targetClose()).isBefore(plan.start().plusYears(PlanLimits.MAX_SPAN_YEARS));
    }
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> Anchor.startOn(LocalDate.of(999_999_999, 12, 31))))
        .hasMessage("start: +999999999-12-31 is not from 1900-01-01 to 2999-12-31");
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> Anchor.closeBy(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 7))))
        .hasMessage("targetClose: 2026-01-01 is before 2026-12-07, the first day the plan may start (notBefore)");
  }

  static PlanTemplate read(String yaml) {
    return TemplateFilesTest.read(yaml);
  }
}
