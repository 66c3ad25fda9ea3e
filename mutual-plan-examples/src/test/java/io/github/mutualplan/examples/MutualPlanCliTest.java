package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        "sign-off", "slip", "portfolio")) {
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
