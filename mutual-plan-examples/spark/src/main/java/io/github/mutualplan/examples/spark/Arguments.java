package io.github.mutualplan.examples.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A job's command line: its folders, then {@code --name value} options, of which {@code --format} ({@code json}
 * or {@code parquet}) says how the output is written.
 */
final class Arguments {
  private final List<String> positional;
  private final Map<String, String> options;

  private Arguments(List<String> positional, Map<String, String> options) {
    this.positional = positional;
    this.options = options;
  }

  /**
   * Reads a command line.
   *
   * @param args the command line
   * @param folders how many folders come first
   * @param known the options' names besides {@code format}
   * @param usage the usage, for the error
   * @throws IllegalArgumentException with the usage when the line is not of that form
   */
  static Arguments of(String[] args, int folders, List<String> known, String usage) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String name = args[i].substring(2);
        if (!name.equals("format") && !known.contains(name) || i + 1 == args.length) {
          throw new IllegalArgumentException("'" + args[i] + "': unknown or without a value; usage: " + usage);
        }
        options.put(name, args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    String format = options.getOrDefault("format", "json");
    if (positional.size() != folders || !format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("usage: " + usage);
    }
    return new Arguments(positional, options);
  }

  /** The folder at this place. */
  String positional(int index) {
    return positional.get(index);
  }

  /** The options by name, without the dashes. */
  Map<String, String> options() {
    return options;
  }

  /** Writes a result to a folder that must not exist yet, in the format asked for. */
  void write(Dataset<Row> result, String output) {
    result.write().format(options.getOrDefault("format", "json")).save(output);
  }
}
