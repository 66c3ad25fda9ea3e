/**
 * mutual-plan JSON: plans, histories, events, risk reports and forecasts as versioned JSON documents
 * ({@code PlanJson}), and a Jackson module for your own {@code ObjectMapper} ({@code MutualPlanModule}), which
 * Jackson's {@code findAndRegisterModules()} finds.
 */
module io.github.mutualplan.json {
  requires transitive io.github.mutualplan;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.json;
  exports io.github.mutualplan.json.codec to io.github.mutualplan.templates, io.github.mutualplan.jackson3;

  provides com.fasterxml.jackson.databind.Module with io.github.mutualplan.json.MutualPlanModule;
}
