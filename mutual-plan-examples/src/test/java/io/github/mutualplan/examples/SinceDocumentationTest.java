package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of every published module (the modules the BOM lists) says in its Javadoc since which version
 * it is there ({@code @since}), so that a user can tell what a release added.
 */
class SinceDocumentationTest {
  private static final Pattern MODULE = Pattern.compile("<artifactId>(mutual-plan-[\\w-]+)</artifactId>");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(?:class|interface|enum|record|@interface)\\s",
      Pattern.MULTILINE);

  @Test
  void everyPublicTypeOfAPublishedModuleSaysSinceWhen() throws IOException {
    List<String> modules = publishedModules();
    assertThat(modules).contains("mutual-plan-core", "mutual-plan-store", "mutual-plan-jackson3");

    List<String> undated = new ArrayList<>();
    int types = 0;
    for (String module : modules) {
      try (Stream<Path> files = Files.walk(Path.of("..", module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
          String source = Files.readString(file, StandardCharsets.UTF_8);
          Matcher declaration = PUBLIC_TYPE.matcher(source);
          if (declaration.find()) {
            types++;
            String before = source.substring(0, declaration.start());
            String javadoc = before.substring(Math.max(0, before.lastIndexOf("/**")));
            if (!javadoc.contains("@since ")) {
              undated.add(file.toString());
            }
          }
        }
      }
    }
    assertThat(types).as("public types found").isGreaterThan(150);
    assertThat(undated).as("public types without @since").isEmpty();
  }

  private static List<String> publishedModules() throws IOException {
    String bom = Files.readString(Path.of("..", "mutual-plan-bom", "pom.xml"), StandardCharsets.UTF_8);
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"));
    List<String> modules = new ArrayList<>();
    Matcher m = MODULE.matcher(managed);
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }
}
