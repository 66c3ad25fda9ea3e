/**
 * mutual-plan for Jackson 3: a {@code tools.jackson} module ({@code MutualPlanJackson3Module}) that writes and
 * reads plans, histories, events, risk reports and forecasts in a Jackson 3 {@code ObjectMapper}, byte for byte
 * as {@code mutual-plan-json} does, with {@code mutual-plan-json}'s codecs; Jackson 3's
 * {@code findAndAddModules()} finds it.
 */
@SuppressWarnings("module") // its name ends in the 3 of Jackson 3, as its artifact's does
module io.github.mutualplan.jackson3 {
  requires transitive io.github.mutualplan;
  requires transitive tools.jackson.databind;
  requires io.github.mutualplan.json;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.mutualplan.jackson3.MutualPlanJackson3Module;
}
