package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code compiles against the published modules with every lint warning an error: the examples are such
 * code (they use core, holidays, templates and json as a service would), compiled here again as a user's build
 * would, with {@code -Xlint:all -Werror} and only what a user's class path has: the published modules and what
 * they bring (Immutables' annotations among them, which the published classes keep), not the test tools.
 */
class StrictConsumerTest {
  @Test
  void theExamplesCompileWithEveryLintWarningAnError(@TempDir Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<File> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
    }
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(StrictConsumerTest::isWhatAUserHas)
        .collect(Collectors.joining(File.pathSeparator));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();

    boolean compiled;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiled = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none", "-d", out.toString(), "-cp", classPath),
          null, files.getJavaFileObjectsFromFiles(sources)).call();
    }

    assertThat(diagnostics.getDiagnostics()).as("warnings and errors").isEmpty();
    assertThat(compiled).isTrue();
    assertThat(sources).hasSizeGreaterThan(5);
  }

  /** The published modules and their dependencies: not the test tools, not the examples' own classes. */
  private static boolean isWhatAUserHas(String entry) {
    Path path = Path.of(entry);
    boolean examples = path.toAbsolutePath().startsWith(Path.of("").toAbsolutePath().resolve("target"));
    return !examples && Stream.of("junit", "assertj", "opentest4j", "apiguardian", "byte-buddy")
        .noneMatch(entry::contains);
  }
}
