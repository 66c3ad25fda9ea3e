package io.github.mutualplan.examples;

import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.json.PlanJsonException;
import io.github.mutualplan.store.JdbcPlanStore;
import io.github.mutualplan.store.Page;
import io.github.mutualplan.store.PlanQuery;
import io.github.mutualplan.store.PlanSummary;
import io.github.mutualplan.store.TenantId;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the {@code insights} command reads closed deals from: a folder of JSON files or a plan store. */
final class InsightsSources {
  private InsightsSources() {}

  /**
   * The histories in the {@code .json} files of a folder (not its subfolders), by file name.
   *
   * @throws IOException if the folder or a file cannot be read
   * @throws IllegalArgumentException naming the file, if one is not a valid history
   */
  static List<PlanHistory> fromFolder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
          .collect(Collectors.toList());
    }
    List<PlanHistory> histories = new ArrayList<>(files.size());
    for (Path file : files) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        histories.add(PlanJson.standard().readHistory(JsonSource.of(in)));
      } catch (PlanJsonException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    }
    return histories;
  }

  /**
   * The histories of a tenant's closed plans in a plan store, by plan id. The store is opened as
   * {@link JdbcPlanStore#open(String, String, String)} opens it: its tables are migrated if they are behind.
   */
  static List<PlanHistory> fromStore(String url, String user, String password, String tenant) {
    JdbcPlanStore store = JdbcPlanStore.open(url, user, password);
    TenantId id = TenantId.of(tenant);
    List<PlanHistory> histories = new ArrayList<>();
    Optional<PlanQuery> query = Optional.of(PlanQuery.all().withStatus(PlanStatus.CLOSED_WON, PlanStatus.CLOSED_LOST)
        .limit(PlanQuery.MAX_LIMIT));
    while (query.isPresent()) {
      Page<PlanSummary> page = store.query(id, query.get());
      for (PlanSummary plan : page.items()) {
        histories.add(store.history(id, plan.id()));
      }
      query = page.next();
    }
    return histories;
  }

  /**
   * The caller's factors by plan, from a CSV file: a header {@code plan,<factor>,...}, then one line per plan with
   * its id and its level of each factor (empty when not known). No quoting: values are keys such as
   * {@code healthcare}.
   *
   * @throws IllegalArgumentException naming the file and line of a line that does not fit
   */
  static Map<PlanId, Map<String, String>> facts(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).strip().startsWith("plan,")) {
      throw new IllegalArgumentException(file + ":1: the header must be 'plan,' and the factors' names, such as "
          + "plan,industry,segment");
    }
    String[] factors = cells(file, 1, lines.get(0));
    Map<PlanId, Map<String, String>> byPlan = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      String[] cells = cells(file, n + 1, lines.get(n));
      if (cells.length != factors.length) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": has " + cells.length + " cells; the header has "
            + factors.length);
      }
      Map<String, String> levels = new LinkedHashMap<>();
      for (int i = 1; i < cells.length; i++) {
        levels.put(factors[i], cells[i]); // empty: the plan's level is not known
      }
      byPlan.put(PlanId.of(cells[0]), levels);
    }
    return byPlan;
  }

  private static String[] cells(Path file, int line, String text) {
    if (text.indexOf('"') >= 0) {
      throw new IllegalArgumentException(file + ":" + line + ": quoted cells are not read; values are keys");
    }
    return Arrays.stream(text.split(",", -1)).map(String::strip).toArray(String[]::new);
  }
}
