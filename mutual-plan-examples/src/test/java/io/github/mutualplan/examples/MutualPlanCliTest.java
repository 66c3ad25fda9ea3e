package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.insights.StepTruth;
import io.github.mutualplan.insights.SyntheticDeals;
import io.github.mutualplan.insights.SyntheticTruth;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.store.TenantId;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool, as a user types it. */
class MutualPlanCliTest {
  final Captured out = new Captured();
  final Captured err = new Captured();

  /** Runs the tool as {@code main} does, on streams that are not flushed unless the tool flushes them. */
  int run(String... args) {
    return MutualPlanCli.run(args, new PrintStream(out, false, StandardCharsets.UTF_8),
        new PrintStream(err, false, StandardCharsets.UTF_8));
  }

  /** What a stream received, as UTF-8 text. */
  static final class Captured extends ByteArrayOutputStream {
    @Override
    public synchronized String toString() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void withoutACommandItPrintsTheUsageAndExits2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("a command is needed", "Usage: mutual-plan", "create", "assess", "help");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void everyCommandAnswersHelpAndVersionAndThereIsAHelpCommand() {
    for (String command : List.of("templates", "create", "assess", "forecast", "flagship", "side-by-side",
        "sign-off", "slip", "portfolio", "store", "insights")) {
      out.reset();
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString()).as(command).startsWith("Usage: mutual-plan " + command);
      out.reset();
      assertThat(run(command, "--version")).as(command).isZero();
      assertThat(out.toString()).as(command).startsWith("mutual-plan 0.1.0");
    }
    out.reset();
    assertThat(run("help", "create")).isZero();
    assertThat(out.toString()).startsWith("Usage: mutual-plan create").contains("--account", "--close");
  }

  @Test
  void theStoreExampleRunsAsOftenAsItIsAsked() {
    assertThat(run("store")).isZero();
    assertThat(run("store")).as("a database of its own each run").isZero();
    assertThat(out.toString()).contains("Tenant acme stores 3 plans", "the stored history of 3 events verifies");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aPlanWithoutAnOutputFileGoesToStandardOutput() {
    assertThat(run("create", "--account", "Northwind Health", "--industry", "healthcare", "--head-count", "12000",
        "--value", "480000", "--start", "2027-01-11", "--format", "json")).isZero();
    assertThat(out.toString()).startsWith("{").contains("\"format\": \"mutual-plan/plan\"", "Northwind Health");
  }

  @Test
  void aLanguageTheLibraryDoesNotSpeakIsRefused() {
    assertThat(run("templates", "--language", "de")).isEqualTo(2);
    assertThat(err.toString()).contains("'de' is not a language of the library; it speaks en, ru");
    assertThat(run("templates", "--language", "ru-RU")).isZero();
    assertThat(out.toString()).contains("Крупное медицинское учреждение");
  }

  @Test
  void aFileThatIsNotThereIsNamedWithTheReason(@TempDir Path dir) {
    String missing = dir.resolve("nope.json").toString();
    assertThat(run("assess", missing)).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("mutual-plan: cannot read " + missing + ": no such file"
        + System.lineSeparator());
  }

  @Test
  void listsTheCatalogue() {
    assertThat(run("templates")).isZero();

    assertThat(out.toString()).contains("standard-b2b", "startup-fast-track", "healthcare-provider",
        "enterprise-procurement", "public-sector", "smb-velocity");
    assertThat(out.toString().lines()).hasSize(8);
  }

  @Test
  void createsAPlanAsJsonThenAssessesAndForecastsIt(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("plan.json");

    assertThat(run("create", "--account", "Northwind Health", "--industry", "healthcare", "--head-count", "12000",
        "--compliance", "hipaa", "--process", "formal_procurement", "--value", "480000", "--start", "2027-01-11",
        "--format", "json", "--out", json.toString())).as(err.toString()).isZero();
    assertThat(err.toString()).contains("Wrote " + json, "healthcare-provider");
    assertThat(Files.readString(json)).contains("\"northwind-health\"", "business-associate-agreement");

    assertThat(run("assess", json.toString(), "--as-of", "2027-03-01")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Risk as of 2027-03-01: health ");

    assertThat(run("forecast", json.toString(), "--trials", "500", "--seed", "7")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Forecast (500 trials, seed 7)", "P50 ");
  }

  @Test
  void writesEveryDocumentFormat(@TempDir Path dir) throws IOException {
    for (String format : new String[] {"markdown", "html", "csv", "icalendar", "mermaid"}) {
      Path file = dir.resolve("plan." + format);
      assertThat(run("create", "--account", "Brightpath", "--segment", "startup", "--value", "48000",
          "--close", "2027-06-30", "--format", format, "-o", file.toString())).as(err.toString()).isZero();
      // Every document names the account, except the CSV: a row per commitment and milestone, and a header.
      String written = Files.readString(file);
      if (format.equals("csv")) {
        assertThat(written.lines().count()).as(format).isGreaterThan(10);
      } else {
        assertThat(written).as(format).contains("Brightpath");
      }
    }
  }

  @Test
  void badInputIsNamedAndChangesNothing(@TempDir Path dir) throws IOException {
    assertThat(run("create", "--account", "X", "--value", "1", "--start", "2027-01-11", "--format", "docx"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--format: ", "docx", "markdown");
    assertThat(run("create", "--account", "X", "--value", "1", "--start", "2027-01-11")).isEqualTo(2);
    assertThat(err.toString()).contains("mutual-plan: --segment: needs a segment or a head count",
        "Try 'mutual-plan create --help' for more information.").doesNotContain("Usage:");
    assertThat(run("create", "--account", "X", "--value", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--start", "--close");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"nonsense\"}");
    assertThat(run("assess", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("mutual-plan: ");
  }

  static final String[] HEALTH_SYSTEM = {"create", "--account", "Northwind Health", "--industry", "healthcare",
      "--head-count", "12000", "--compliance", "hipaa", "--value", "480000", "--start", "2027-01-11"};

  static String[] with(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void theCatalogueSaysWhyItChoseTheTemplateAndRefusesAnIndustryItDoesNotKnow() {
    assertThat(run(HEALTH_SYSTEM)).as(err.toString()).isZero();
    assertThat(err.toString()).contains("Template healthcare-provider: industry healthcare",
        "Segment ENTERPRISE: inferred from the head count of 12000", "Rule hipaa: complianceRegimes: HIPAA");

    err.reset();
    out.reset();
    assertThat(run("create", "--account", "X", "--industry", "helthcare", "--head-count", "40", "--value", "1",
        "--start", "2027-01-11")).isEqualTo(2);
    assertThat(err.toString()).contains("--industry: 'helthcare' is not an industry the catalogue knows; did you"
        + " mean 'healthcare'?", "technology");
    assertThat(out.toString()).isEmpty();
    assertThat(run("create", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("One of education, energy, financial-services,"
        + " healthcare,", "another is refused");
  }

  @Test
  void aBuyerDocumentNeedsTheSharedPlanAndItsPeople() {
    assertThat(run(with(HEALTH_SYSTEM, "--audience", "BUYER", "--format", "html"))).isEqualTo(2);
    assertThat(err.toString()).contains("--audience BUYER: a buyer sees a plan once it is shared; add --share");

    err.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--share", "--person", "buyer:champion:Dr. Maya Patel"))).isEqualTo(2);
    assertThat(err.toString()).contains("mutual-plan: --share: ", "economic buyer");

    err.reset();
    out.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--seller-org", "Acme Health Software", "--zone", "America/Chicago",
        "--person", "seller:account-executive:Alex Kim <alex@acme.example>",
        "--person", "buyer:champion:Dr. Maya Patel <maya@northwind.example>",
        "--person", "buyer:economic-buyer:Dana Reyes", "--share", "--audience", "BUYER", "--format", "html")))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("Acme Health Software", "Alex Kim", "Dr. Maya Patel", "Dana Reyes")
        .doesNotContain("Your company", "Account Executive", "to be named");
  }

  @Test
  void aPersonADayOrAZoneThatCannotBeIsNamed() {
    assertThat(run(with(HEALTH_SYSTEM, "--person", "vendor:champion:Dana"))).isEqualTo(2);
    assertThat(err.toString()).contains("--person 'vendor:champion:Dana': the side is buyer or seller");
    err.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--person", "buyer:Chief Champion:Dana"))).isEqualTo(2);
    assertThat(err.toString()).contains("--person 'buyer:Chief Champion:Dana': ", "'Chief Champion'");
    err.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--person", "buyer:champion:<dana@northwind.example>"))).isEqualTo(2);
    assertThat(err.toString()).contains("--person 'buyer:champion:<dana@northwind.example>': the name is missing");
    err.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--currency", "XYZ"))).isEqualTo(2);
    assertThat(err.toString()).contains("--value '480000' --currency 'XYZ': ");
    err.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--zone", "Mars/Olympus"))).isEqualTo(2);
    assertThat(err.toString()).contains("--zone", "Mars/Olympus");
    err.reset();
    assertThat(run("create", "--account", "X", "--segment", "smb", "--value", "1", "--close", "2020-01-01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--close: 2020-01-01 is before today (");
  }

  @Test
  void peopleWithoutLatinLettersInTheirNamesAreStillTwoPeople() {
    out.reset();
    assertThat(run(with(HEALTH_SYSTEM, "--person", "buyer:champion:Мария Лопес",
        "--person", "buyer:economic-buyer:Дана Рейес", "--format", "json"))).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"person\"", "\"person-2\"", "Мария Лопес", "Дана Рейес");
  }

  /** Closed deals of Brightpath's plan, seeded. */
  static List<PlanHistory> brightpathDeals(int count) {
    MutualActionPlan plan = Deals.brightpath().plan();
    return SyntheticDeals.of(plan, InsightsExample.slower(plan, SyntheticTruth.of(0.5, StepTruth.of(3, 0.4)), 1.2))
        .deals(count, 11L);
  }

  @Test
  void insightsWithoutASourceAnalysesSyntheticDealsAndWritesTheReport(@TempDir Path dir) {
    assertThat(run("insights", "--deals", "60", "--trials", "200", "--out", dir.toString())).as(err.toString())
        .isZero();

    assertThat(out.toString()).contains("60 synthetic closed deals", "Won ", "by industry: {healthcare=",
        "Template healthcare-provider", "with the calibrated durations:");
    assertThat(dir.resolve("win-loss.html")).content(StandardCharsets.UTF_8).contains("<svg", "</html>");
    assertThat(dir.resolve("win-loss.md")).exists();
  }

  @Test
  void insightsReadsAFolderOfHistoriesWithTheCallersFacts(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("histories"));
    List<PlanHistory> deals = brightpathDeals(30);
    for (int i = 0; i < deals.size(); i++) {
      Files.writeString(folder.resolve("deal-" + i + ".json"), PlanJson.standard().write(deals.get(i)).text());
    }
    Files.writeString(folder.resolve("notes.txt"), "not a history, not read");
    Path facts = Files.writeString(dir.resolve("facts.csv"), "plan,industry,segment\nbrightpath,technology,\n");

    assertThat(run("insights", folder.toString(), "--facts", facts.toString(), "--trials", "200", "--out",
        dir.resolve("report").toString())).as(err.toString()).isZero();

    assertThat(out.toString()).contains("30 histories from " + folder, "of 30 closed deals",
        "by industry: {technology=", "by segment: {unknown=", "Template startup-fast-track",
        "Forecasts of the 10 later deals");
  }

  @Test
  void insightsReadsTheClosedPlansOfATenantInAStore(@TempDir Path dir) {
    String url = "jdbc:h2:mem:insights-" + System.nanoTime();
    JdbcPlanStore store = JdbcPlanStore.open(url, "sa", "");
    List<PlanHistory> deals = brightpathDeals(12);
    for (int i = 0; i < deals.size(); i++) {
      PlanHistory deal = deals.get(i);
      store.create(TenantId.of("acme"), PlanHistory.replay(deal.first().withId(PlanId.of("deal-" + i)),
          deal.events()), deal.events().get(0).at().minusSeconds(60));
    }
    store.create(TenantId.of("globex"), deals.get(0), Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(run("insights", url, "--user", "sa", "--tenant", "acme", "--trials", "200", "--out",
        dir.toString())).as(err.toString()).isZero();

    assertThat(out.toString()).contains("12 histories from " + url, "of 12 closed deals");
  }

  @Test
  void insightsNamesWhatItCannotRead(@TempDir Path dir) throws IOException {
    assertThat(run("insights", "--deals", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--deals: must be 1 to 100000, was 0");
    err.reset();
    Path folder = Files.createDirectory(dir.resolve("histories"));
    Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"mutual-plan/history\"}");
    assertThat(run("insights", folder.toString(), "--out", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("mutual-plan: " + broken + ": ");
    err.reset();
    Files.delete(broken);
    Path facts = Files.writeString(dir.resolve("facts.csv"), "plan,industry\nbrightpath,technology,extra\n");
    assertThat(run("insights", folder.toString(), "--facts", facts.toString(), "--out", dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains(facts + ":2: has 3 cells; the header has 2");
  }
}
