package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line tool, as a user types it. */
class MutualPlanCliTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = MutualPlanCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
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
        .isEqualTo(1);
    assertThat(err.toString()).contains("docx", "markdown");
    assertThat(run("create", "--account", "X", "--value", "1", "--start", "2027-01-11")).isEqualTo(1);
    assertThat(err.toString()).contains("segment: needs a segment or a head count");
    assertThat(run("create", "--account", "X", "--value", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--start", "--close");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"nonsense\"}");
    assertThat(run("assess", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("mutual-plan: ");
  }
}
