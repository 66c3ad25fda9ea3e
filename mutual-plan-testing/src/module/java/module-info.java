/**
 * mutual-plan testing: a kit for property tests of your own plan rules. Samplers of valid plans, changes,
 * histories and calendars, and of near-valid plans that break exactly one rule, all free of any property engine
 * ({@link io.github.mutualplan.testing.Sampler}, {@link io.github.mutualplan.testing.Draw}); QuickTheories
 * generators of them that shrink ({@link io.github.mutualplan.testing.quicktheories.Gens}); and checks of the
 * library's invariants on any plan ({@link io.github.mutualplan.testing.PlanInvariants}).
 */
module io.github.mutualplan.testing {
  requires transitive io.github.mutualplan;
  requires transitive org.assertj.core;
  requires static transitive quicktheories;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.testing;
  exports io.github.mutualplan.testing.quicktheories;
}
