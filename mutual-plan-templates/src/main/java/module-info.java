/**
 * mutual-plan templates: plan templates, customer profiles and customization rules, the built-in catalogue,
 * the YAML and JSON template format, and the instantiation of a plan tailored to a customer.
 */
module io.github.mutualplan.templates {
  requires transitive io.github.mutualplan;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports io.github.mutualplan.template;
  opens io.github.mutualplan.template to com.fasterxml.jackson.databind;
}
