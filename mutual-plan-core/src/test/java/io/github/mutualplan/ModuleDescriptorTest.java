package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor is the API's outline: what it exports is exactly the API, and nothing is exported to
 * chosen modules only (a qualified export would be an API for friends, kept out of the documentation).
 */
class ModuleDescriptorTest {
  private static final Set<String> API = Set.of(
      "io.github.mutualplan",
      "io.github.mutualplan.history",
      "io.github.mutualplan.calendar",
      "io.github.mutualplan.schedule",
      "io.github.mutualplan.risk",
      "io.github.mutualplan.forecast",
      "io.github.mutualplan.portfolio",
      "io.github.mutualplan.render");

  /** The descriptor compiled from {@code module-info.java}, read where the core's classes are. */
  static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
    Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return ModuleFinder.of(classes).findAll().iterator().next().descriptor();
  }

  @Test
  void exportsExactlyTheApiPackagesToEveryone() throws Exception {
    ModuleDescriptor core = descriptorOf(MutualActionPlan.class);

    assertThat(core.name()).isEqualTo("io.github.mutualplan");
    assertThat(core.exports()).allSatisfy(e -> assertThat(e.isQualified()).as("%s", e).isFalse());
    assertThat(core.exports().stream().map(Exports::source).collect(Collectors.toSet())).isEqualTo(API);
    assertThat(core.opens()).isEmpty();
  }

  @Test
  void keepsTheEngineAndTheLibrarysOwnTextsToItself() throws Exception {
    ModuleDescriptor core = descriptorOf(MutualActionPlan.class);

    Set<String> hidden = core.packages().stream().filter(p -> !API.contains(p)).collect(Collectors.toSet());
    assertThat(hidden).containsExactlyInAnyOrder("io.github.mutualplan.engine", "io.github.mutualplan.localization");
  }

  @Test
  void usesTheServicesUsersProvide() throws Exception {
    ModuleDescriptor core = descriptorOf(MutualActionPlan.class);

    assertThat(core.uses()).containsExactlyInAnyOrder("io.github.mutualplan.risk.RiskRule",
        "io.github.mutualplan.calendar.CalendarProvider");
  }
}
