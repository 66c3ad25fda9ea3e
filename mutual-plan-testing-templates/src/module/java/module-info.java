/**
 * mutual-plan testing for templates: samplers of valid templates, customer profiles, rules that fit a template,
 * and people bound to roles ({@link io.github.mutualplan.template.testing.TemplateSamplers}), beside the plan
 * samplers of {@code io.github.mutualplan.testing}. A module of its own because the templates module's own tests
 * use the plan samplers.
 */
module io.github.mutualplan.template.testing {
  requires transitive io.github.mutualplan.testing;
  requires transitive io.github.mutualplan.templates;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.mutualplan.template.testing;
}
