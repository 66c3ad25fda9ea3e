package io.github.mutualplan.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The built-in catalogue as its YAML files say, read with {@link TemplateFiles} as a user's files are: the source
 * that {@link BuiltInCatalogue} is compiled from, for the tests that check the files and the compiled form.
 */
final class CatalogueYaml {
  /** Where the files are, beside {@link Catalogue}. */
  static final String DIRECTORY = "catalogue/";

  private CatalogueYaml() {}

  /** A file of the catalogue, as text. */
  static String file(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("the catalogue has no file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code index.yaml}: the template files and the rule files, in order, under {@code templates} and {@code rules}. */
  static Map<String, List<String>> index() {
    try {
      return new YAMLMapper().readValue(file("index.yaml"), new TypeReference<Map<String, List<String>>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The templates by file name, in the order of the index. */
  static Map<String, PlanTemplate> templates() {
    Map<String, PlanTemplate> templates = new LinkedHashMap<>();
    for (String file : index().get("templates")) {
      templates.put(file, TemplateFiles.readTemplate(file(file), file, TemplateFiles.Format.YAML));
    }
    return templates;
  }

  /** The rules of every rule file, in the order of the index and of each file. */
  static List<RuleDefinition> rules() {
    List<RuleDefinition> rules = new ArrayList<>();
    for (String file : index().get("rules")) {
      rules.addAll(TemplateFiles.readRules(file(file), file, TemplateFiles.Format.YAML));
    }
    return rules;
  }

  /**
   * The attributes of a value of this package (a template, a step, a rule, an operation...) by name, in
   * alphabetical order: its public accessors declared in this package, other than {@code toString} and
   * {@code hashCode}.
   */
  static Map<String, Object> attributes(Object value) {
    Map<String, Object> attributes = new TreeMap<>();
    for (Method accessor : value.getClass().getMethods()) {
      if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getReturnType() != void.class
          && accessor.getDeclaringClass().getPackageName().equals(PlanTemplate.class.getPackageName())
          && !Set.of("toString", "hashCode").contains(accessor.getName())) {
        try {
          attributes.put(accessor.getName(), accessor.invoke(value));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("cannot read " + accessor, e);
        }
      }
    }
    return attributes;
  }

  /** Whether a value is one of this package's, with {@linkplain #attributes(Object) attributes}. */
  static boolean isModelValue(Object value) {
    return value.getClass().getPackageName().equals(PlanTemplate.class.getPackageName());
  }
}
