package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first command of README.md, as a newcomer runs it. The build runs its Maven half ({@code mvn verify}
 * packages the examples' jar before this test); this test checks the command still reads as expected and runs
 * its {@code java -jar} half, from the repository's root, in a new JVM.
 */
class ReadmeFirstCommandIT {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static String firstCommand() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a code block").isTrue();
    return block.group(1).trim();
  }

  @Test
  void buildsWhatItNeedsThenRunsTheFlagshipExample() throws Exception {
    String command = firstCommand();
    String[] halves = command.split(" && ");
    assertThat(halves).hasSize(2);
    assertThat(halves[0]).startsWith("mvn ").contains(" package ", "-pl mutual-plan-examples", "-am");
    assertThat(halves[1]).isEqualTo("java -jar mutual-plan-examples/target/mutual-plan-examples.jar flagship");

    List<String> java = new ArrayList<>(List.of(halves[1].split(" ")));
    java.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    java.add("mutual-plan-examples/target/it-flagship");
    Process process = new ProcessBuilder(java).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("Northwind Health", "Schedule as of", "Risk as of", "Forecast (10,000 trials",
        "# Northwind Health");
    assertThat(ROOT.resolve("mutual-plan-examples/target/it-flagship/northwind-health.html")).exists();
    assertThat(ROOT.resolve("mutual-plan-examples/target/it-flagship/northwind-health.pdf")).exists();
  }
}
