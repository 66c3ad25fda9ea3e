package io.github.mutualplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomizationRule;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.RuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold start of the built-in catalogue: a program whose whole run is one thing, timed from outside as a
 * process, in a fresh JVM each time. Not a JMH benchmark: JMH measures a warm JVM, and this is the first call.
 *
 * <ul>
 *   <li>{@code catalogue}: the first {@link Catalogue#builtIn()}, and every template and rule of it read (so
 *       that nothing read later, on first use, is left out of the time).
 *   <li>{@code jackson}: the peer, plain Jackson: {@code YAMLMapper.readTree} on each file of the built-in
 *       catalogue (its {@code index.yaml}, and each template and rule file the index names), into trees.
 * </ul>
 *
 * <p>Each prints what it read and the milliseconds from the start of {@code main}; the figure to quote is the
 * whole process's, the two run in turn several times, and their ratio pair by pair. With GNU time:
 *
 * <pre>{@code
 * mvn -B -ntp -o package -DskipTests -Djacoco.skip=true -pl mutual-plan-benchmarks -am
 * for i in 1 2 3 4 5 6; do
 *   /usr/bin/time -f '%e s catalogue' java -cp mutual-plan-benchmarks/target/benchmarks.jar \
 *       io.github.mutualplan.benchmarks.ColdCatalogue catalogue
 *   /usr/bin/time -f '%e s jackson' java -cp mutual-plan-benchmarks/target/benchmarks.jar \
 *       io.github.mutualplan.benchmarks.ColdCatalogue jackson
 * done
 * }</pre>
 *
 * <p>The cold run of a whole plan (made from the catalogue, scheduled, assessed, forecast and rendered) is the
 * README's flagship example, timed the same way:
 *
 * <pre>{@code
 * mvn -B -ntp -o package -DskipTests -Djacoco.skip=true -pl mutual-plan-examples -am
 * /usr/bin/time -f '%e s flagship' java -jar mutual-plan-examples/target/mutual-plan-examples.jar flagship
 * }</pre>
 */
public final class ColdCatalogue {
  /** Where the built-in catalogue's files are, as resources of the templates module. */
  static final String DIRECTORY = "io/github/mutualplan/template/catalogue/";

  private ColdCatalogue() {}

  /** The argument is {@code catalogue} or {@code jackson}. */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String what = args.length == 1 ? args[0] : "";
    String read;
    switch (what) {
      case "catalogue":
        read = catalogue();
        break;
      case "jackson":
        read = jackson();
        break;
      default:
        throw new IllegalArgumentException("give one argument, catalogue or jackson");
    }
    // No printf: formatting a decimal loads the locale data, which neither side needs otherwise.
    System.out.println(what + ": " + read + " in " + (System.nanoTime() - start) / 100_000 / 10.0 + " ms");
  }

  /** The built-in catalogue, every template and rule of it looked into. */
  static String catalogue() {
    Catalogue catalogue = Catalogue.builtIn();
    int steps = 0;
    for (PlanTemplate template : catalogue.templates()) {
      steps += template.steps().size();
    }
    int operations = 0;
    for (CustomizationRule rule : catalogue.rules()) {
      operations += rule instanceof RuleDefinition ? ((RuleDefinition) rule).operations().size() : 0;
    }
    return catalogue.templates().size() + " templates with " + steps + " steps, " + catalogue.rules().size()
        + " rules with " + operations + " operations";
  }

  /** The same files as trees, with plain Jackson. */
  static String jackson() throws IOException {
    YAMLMapper mapper = new YAMLMapper();
    JsonNode index = tree(mapper, "index.yaml");
    List<String> files = new ArrayList<>();
    index.get("templates").forEach(file -> files.add(file.asText()));
    index.get("rules").forEach(file -> files.add(file.asText()));
    int nodes = 0;
    for (String file : files) {
      nodes += count(tree(mapper, file));
    }
    return (files.size() + 1) + " files with " + nodes + " nodes";
  }

  static JsonNode tree(YAMLMapper mapper, String file) throws IOException {
    try (InputStream in = ColdCatalogue.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + DIRECTORY + file);
      }
      return mapper.readTree(in);
    }
  }

  private static int count(JsonNode node) {
    int nodes = 1;
    for (JsonNode child : node) {
      nodes += count(child);
    }
    return nodes;
  }
}
