/**
 * mutual-plan templates: plan templates, customer profiles and customization rules, the built-in catalogue,
 * the YAML and JSON template format, and the instantiation of a plan tailored to a customer.
 */
module io.github.mutualplan.templates {
  requires transitive io.github.mutualplan;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires com.google.common;
  requires io.github.mutualplan.json;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.github.mutualplan.template;
}
