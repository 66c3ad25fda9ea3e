package io.github.mutualplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template file format by example, and what a broken file says. */
class TemplateFilesTest {
  static final String GOOD = String.join("\n",
      "id: small",
      "version: \"1.0\"",
      "name: {en: Small deal, ru: Малая сделка}",
      "requiredRoles: [champion]",
      "stages:",
      "  - key: evaluation",
      "    name: Evaluation",
      "    defaultDurationDays: 5",
      "milestones:",
      "  - key: signed",
      "    name: {en: Contract signed, ru: Договор подписан}",
      "    closing: true",
      "steps:",
      "  - key: demo",
      "    title: {en: Demo, ru: Демонстрация}",
      "    side: seller",
      "    ownerRole: sales-engineer",
      "    stage: evaluation",
      "  - key: signature",
      "    title: {en: Signature, ru: Подписание}",
      "    side: BUYER",
      "    ownerRole: economic-buyer",
      "    durationDays: 3",
      "    estimate: {optimistic: 1, mostLikely: 3, pessimistic: 9}",
      "    dependsOn: [demo]",
      "    milestone: signed",
      "    tags: [legal]",
      "");

  static PlanTemplate read(String yaml) {
    return TemplateFiles.readTemplate(yaml, "small.yaml", TemplateFiles.Format.YAML);
  }

  static TemplateFormatException broken(String yaml) {
    TemplateFormatException e = catchThrowableOfType(TemplateFormatException.class, () -> read(yaml));
    assertThat(e).as("reading should fail:\n%s", yaml).isNotNull();
    return e;
  }

  @Test
  void aTemplateFileReadsIntoTheModel() {
    PlanTemplate template = read(GOOD);

    assertThat(template.name().byLanguage()).containsOnly(Map.entry("en", "Small deal"), Map.entry("ru", "Малая сделка"));
    StepTemplate demo = template.step("demo").orElseThrow();
    assertThat(demo.side()).isEqualTo(Side.SELLER);
    assertThat(template.durationOf(demo)).isEqualTo(5);
    StepTemplate signature = template.step("signature").orElseThrow();
    assertThat(signature.ownerRole()).isEqualTo(Role.ECONOMIC_BUYER);
    assertThat(signature.estimate()).contains(DurationEstimate.of(1, 3, 9));
    assertThat(template.stages().get(0).name().byLanguage()).containsOnly(Map.entry("en", "Evaluation"));
    assertThat(TemplateFiles.readTemplate(TemplateFiles.write(template, TemplateFiles.Format.JSON), "small.json",
        TemplateFiles.Format.JSON)).isEqualTo(template);
  }

  @Test
  void anUnknownKeyIsRefusedWithTheNearestValidKeyAndWhereItIs() {
    TemplateFormatException e = broken(GOOD.replace("    title: {en: Demo", "    titel: {en: Demo"));

    assertThat(e).hasMessage("small.yaml:15:12: steps[0].titel: unknown key 'titel' in a step; did you mean 'title'?");
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.column()).isEqualTo(12); // the value of the unknown key
    assertThat(e.path()).isEqualTo("steps[0].titel");
  }

  @Test
  void aValueOfTheWrongKindSaysWhatWasExpected() {
    assertThat(broken(GOOD.replace("durationDays: 3", "durationDays: three")))
        .hasMessage("small.yaml:23:19: steps[1].durationDays: expected a whole number from -2147483648 to"
            + " 2147483647, was \"three\"");
    assertThat(broken(GOOD.replace("side: BUYER", "side: BUYERS")))
        .hasMessage("small.yaml:21:11: steps[1].side: expected one of [BUYER, SELLER], was \"BUYERS\"");
    assertThat(broken(GOOD.replace("ownerRole: economic-buyer", "ownerRole: Economic Buyer")).getMessage())
        .startsWith("small.yaml:22:16: steps[1].ownerRole: not a valid role: 'Economic Buyer' is not valid: use 1 to"
            + " 100 ASCII");
    assertThat(broken(GOOD.replace("dependsOn: [demo]", "dependsOn: demo")))
        .hasMessageStartingWith("small.yaml:25:16: steps[1].dependsOn: expected a list");
    assertThat(broken("id: small\n")).hasMessage("small.yaml:1:1: missing required keys [version, name] of a template");
    assertThat(broken("[1, 2]")).hasMessage("small.yaml:1:1: expected a template (an object), was a list");
  }

  @Test
  void aTemplateIsValidatedAsItIsRead() {
    TemplateFormatException e = broken(GOOD.replace("dependsOn: [demo]", "dependsOn: [dem0]")
        .replace("milestone: signed", "milestone: sign"));

    assertThat(e.problem()).isEqualTo("steps[signature].dependsOn[dem0]: no step 'dem0'; "
        + "steps[signature].milestone: no milestone 'sign'; milestones[signed]: no step leads to it, so it would have"
        + " no date");
  }

  @Test
  void aDependencyCycleIsReportedWithItsPath() {
    String cyclic = GOOD.replace("    stage: evaluation\n  - key: signature", "    stage: evaluation\n"
        + "    dependsOn: [signature]\n  - key: signature");

    assertThat(broken(cyclic).problem()).isEqualTo("steps[demo].dependsOn: dependency cycle demo -> signature -> demo");
  }

  @Test
  void untrustedFilesCannotCreateObjectsNorExhaustTheReader() {
    assertThat(broken("id: x\nversion: !!java.net.URL http://evil.example\nname: X\n"))
        .hasMessage("small.yaml:2:44: type tags such as 'tag:yaml.org,2002:java.net.URL' are not allowed");
    assertThat(broken("id: x\nversion: !<tag:example.com,2026:Evil> 1\nname: X\n").problem())
        .startsWith("type tags such as");

    // The model stops a deep document at its first unexpected value; the reader itself stops at 32 levels.
    String deep = "a: " + "[".repeat(40) + "]".repeat(40);
    assertThat(catchThrowableOfType(Exception.class, () -> {
      try (com.fasterxml.jackson.core.JsonParser parser = TemplateFiles.Format.YAML.factory().createParser(deep)) {
        while (parser.nextToken() != null) {
          parser.skipChildren();
        }
      }
    }))
        .hasMessageContaining("nesting depth (33) exceeds the maximum allowed (32");

    String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\n" + "d: [*c, *c, *c, *c, *c, *c, *c, *c]\n";
    assertThat(broken(laughs)).hasMessage("small.yaml:1:8: anchors and aliases (&name, *name) are not allowed");

    String huge = "id: x\nversion: '1'\nname: '" + "x".repeat(TemplateFiles.MAX_DOCUMENT_CHARS) + "'\n";
    assertThat(broken(huge).problem()).contains("at most 1000000 are read");

    String longName = "id: x\nversion: '1'\nname: '" + "x".repeat(TemplateFiles.MAX_STRING + 1) + "'\n";
    assertThat(broken(longName).problem()).isEqualTo("a text of 10001 characters; at most 10000 are read");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(broken("id: x\nid: y\nversion: '1'\nname: X\n").problem()).containsIgnoringCase("duplicate");
  }

  @Test
  void rulesReadFromAFileWithTheirOperations() {
    String yaml = String.join("\n",
        "rules:",
        "  - id: gdpr",
        "    order: 200",
        "    when: {complianceRegimes: [GDPR], minDealSize: {EUR: 50000}}",
        "    reason: {en: The buyer processes personal data of EU residents, ru: Покупатель обрабатывает данные}",
        "    operations:",
        "      - addStep:",
        "          before: signature",
        "          step: {key: dpa, title: Data processing agreement, side: BUYER, ownerRole: legal, durationDays: 10,",
        "                 tags: [legal]}",
        "      - scaleDurations: {factor: 1.5, tags: [legal]}",
        "");

    RuleDefinition gdpr = TemplateFiles.readRules(yaml, "rules.yaml", TemplateFiles.Format.YAML).get(0);
    CustomerProfile german = CustomerProfile.builder().industry("manufacturing").headCount(800)
        .addComplianceRegimes(ComplianceRegime.GDPR).dealSize(io.github.mutualplan.Money.of("60000", "EUR"))
        .buyerCountry("DE").build();
    PlanTemplate tailored = gdpr.apply(read(GOOD), german);

    assertThat(gdpr.order()).isEqualTo(200);
    assertThat(gdpr.reason(read(GOOD), german, java.util.Locale.ENGLISH)).contains("The buyer processes personal data of EU residents");
    assertThat(gdpr.reason(read(GOOD), german.withDealSize(io.github.mutualplan.Money.of("60000", "USD")),
        java.util.Locale.ENGLISH))
        .as("no threshold in dollars").isEmpty();
    assertThat(tailored.step("dpa").get().dependsOn()).containsExactly("demo");
    assertThat(tailored.step("signature").get().dependsOn()).containsExactly("dpa");
    assertThat(tailored.step("dpa").get().durationDays()).hasValue(15);
    TemplateFormatException unknown = catchThrowableOfType(TemplateFormatException.class, () -> TemplateFiles.readRules(
        yaml.replace("scaleDurations", "scaleDuration"), "rules.yaml", TemplateFiles.Format.YAML));
    assertThat(unknown.path()).isEqualTo("rules[0].operations[1]");
    assertThat(unknown.problem()).contains("scaleDuration");
  }

  @Test
  void everyTemplateOperationHasANameInRuleFiles() {
    assertThat(TemplateOperation.class.getPermittedSubclasses())
        .allSatisfy(operation -> assertThat(TemplateCodecs.OPERATION.nameOf(operation)).as(operation.getName())
            .isNotNull())
        .hasSize(TemplateCodecs.OPERATION.names().size());
  }

  @Test
  void anOperationIsOneKeyNamingIt() {
    String rule = "rules:\n  - id: r\n    reason: R\n    operations:\n      - ";

    assertThat(catchThrowableOfType(TemplateFormatException.class, () -> TemplateFiles.readRules(rule
        + "{removeStep: {key: demo}, requireRole: {role: legal}}\n", "rules.yaml", TemplateFiles.Format.YAML)))
        .hasMessage("rules.yaml:5:9: rules[0].operations[0]: expected one key naming an operation, one of [addStep,"
            + " removeStep, scaleDurations, setDuration, addMilestone, addCriterion, requireRole, setVisibility],"
            + " was a second key 'requireRole'");
    assertThat(catchThrowableOfType(TemplateFormatException.class, () -> TemplateFiles.readRules(rule + "{}\n",
        "rules.yaml", TemplateFiles.Format.YAML)).problem()).startsWith("expected one key naming an operation");
    assertThat(TemplateFiles.readRules(rule + "{removeStep: {key: demo}}\n", "rules.yaml",
        TemplateFiles.Format.YAML).get(0).operations()).containsExactly(TemplateOperation.removeStep("demo"));
  }

  @Test
  void aVersionWrittenAsANumberIsItsDigitsButAFractionMustBeQuoted() {
    assertThat(read(GOOD.replaceFirst("version: '?[^\n]*'?\n", "version: 12\n")).version()).isEqualTo("12");
    assertThat(broken(GOOD.replaceFirst("version: '?[^\n]*'?\n", "version: 1.10\n")).problem())
        .isEqualTo("expected text (in quotes, to keep every digit), was the number 1.10");
  }

  @Test
  void aConditionThatCouldNeverBeMetIsRefused() {
    String rule = "rules:\n  - id: r\n    reason: R\n    when: {minDealSize: {usd: 5}, countries: [de], "
        + "minDecisionMakers: 0}\n";

    assertThat(catchThrowableOfType(TemplateFormatException.class, () -> TemplateFiles.readRules(rule, "rules.yaml",
        TemplateFiles.Format.YAML)).problem())
        .isEqualTo("when.countries: 'de' is not an upper-case ISO 3166-1 code such as US; when.minDecisionMakers:"
            + " must be at least 1 (was 0); when.minDealSize: 'usd' is not an ISO 4217 currency code such as USD");
  }
}
