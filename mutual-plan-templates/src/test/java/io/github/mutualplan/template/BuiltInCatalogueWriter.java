package io.github.mutualplan.template;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.Role;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes {@code BuiltInCatalogue.java}, the built-in catalogue compiled: every template and rule of the catalogue's
 * YAML files ({@link CatalogueYaml}) as the builder calls that make it, attribute by attribute in the order of the
 * model's accessors (an absent or empty attribute left out), so that
 * {@link Catalogue#builtIn()} reads and parses no file. The YAML files stay the source and the compiled form is
 * checked in; {@code BuiltInCatalogueTest} fails when the two differ. After a change to a file of the catalogue,
 * write it again:
 *
 * <pre>
 * mvn -B -ntp -pl mutual-plan-templates -am test -Dtest=BuiltInCatalogueWriter \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dcatalogue.write=true
 * </pre>
 */
class BuiltInCatalogueWriter {
  /** The compiled catalogue, from the module's directory (where the build runs its tests). */
  static final Path SOURCE = Path.of("src", "main", "java", "io", "github", "mutualplan", "template",
      "BuiltInCatalogue.java");
  private static final int WIDTH = 120;
  private static final String PACKAGE = PlanTemplate.class.getPackageName();

  private final Set<String> imports = new TreeSet<>(Set.of("java.util.List"));

  @Test
  @EnabledIfSystemProperty(named = "catalogue.write", matches = "true")
  void writeSource() throws IOException {
    Files.writeString(SOURCE, source(), StandardCharsets.UTF_8);
  }

  /** The source of {@code BuiltInCatalogue} for the catalogue's files as they are. */
  static String source() {
    return new BuiltInCatalogueWriter().write(CatalogueYaml.index(), CatalogueYaml.templates(), CatalogueYaml.rules());
  }

  private String write(Map<String, List<String>> index, Map<String, PlanTemplate> templates,
      List<RuleDefinition> rules) {
    Map<String, String> templateMethods = new LinkedHashMap<>();
    Map<String, String> ruleMethods = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    StringBuilder methods = new StringBuilder();
    templates.forEach((file, template) -> {
      String name = methodName(template.id(), "Template", names);
      templateMethods.put(name, file);
      method(methods, "{@code " + file + "}", "PlanTemplate", name, value(template));
    });
    for (RuleDefinition rule : rules) {
      String name = methodName(rule.id(), "Rule", names);
      ruleMethods.put(name, rule.id());
      method(methods, "The rule {@code " + rule.id() + "}", "RuleDefinition", name, value(rule));
    }
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\n");
    for (String type : imports) {
      out.append("import ").append(type).append(";\n");
    }
    out.append("\n/**\n"
        + " * The built-in catalogue, compiled from its YAML files (" + String.join(", ", index.get("templates"))
        + ", " + String.join(", ", index.get("rules")) + " in {@code catalogue/}, in the order of {@code index.yaml})"
        + " by {@code BuiltInCatalogueWriter}, in the tests: every template and rule as the builder calls that make"
        + " it, validated as they are built, so that {@link Catalogue#builtIn()} reads and parses no file. Do not edit"
        + " it: edit the YAML files and write it again (see {@code CATALOGUE.md}); {@code BuiltInCatalogueTest} checks"
        + " that it makes what reading the files makes.\n"
        + " */\n");
    out.append("final class BuiltInCatalogue {\n"
        + "  private BuiltInCatalogue() {}\n\n");
    list(out, "The templates, in the order of the index.", "PlanTemplate", "templates", templateMethods.keySet());
    list(out, "The rules, file by file in the order of the index.", "RuleDefinition", "rules", ruleMethods.keySet());
    out.append(methods);
    out.setLength(out.length() - 1); // no blank line before the class's closing brace
    out.append("}\n");
    return wrapComments(out.toString());
  }

  private static void list(StringBuilder out, String comment, String type, String name, Collection<String> items) {
    out.append("  /** ").append(comment).append(" */\n");
    out.append("  static List<").append(type).append("> ").append(name).append("() {\n    return ");
    print(out, new Call("List.of", items.stream().map(item -> (Expr) new Atom(item + "()")).collect(
        Collectors.toList())), 11, 4, ";");
    out.append("\n  }\n\n");
  }

  private static void method(StringBuilder out, String comment, String type, String name, Expr value) {
    out.append("  /** ").append(comment).append(". */\n");
    out.append("  private static ").append(type).append(' ').append(name).append("() {\n    return ");
    print(out, value, 11, 4, ";");
    out.append("\n  }\n\n");
  }

  /** Breaks the class comment's one long line into lines of the width. */
  private static String wrapComments(String source) {
    StringBuilder out = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (line.startsWith(" * ") && line.length() > WIDTH) {
        StringBuilder current = new StringBuilder(" *");
        for (String word : line.substring(3).split(" ")) {
          if (current.length() + 1 + word.length() > WIDTH) {
            out.append(current).append('\n');
            current = new StringBuilder(" *");
          }
          current.append(' ').append(word);
        }
        out.append(current).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.substring(0, out.length() - 1);
  }

  /** A method's name for a key: {@code standard-b2b} and {@code Template} give {@code standardB2bTemplate}. */
  private static String methodName(String key, String suffix, Set<String> taken) {
    StringBuilder name = new StringBuilder();
    for (String part : key.split("[-._]")) {
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, 'n');
    }
    name.append(suffix);
    if (!taken.add(name.toString())) {
      throw new IllegalStateException("two keys of the catalogue make the method name " + name + ": " + key);
    }
    return name.toString();
  }

  /** The expression that makes a value of the catalogue. */
  private Expr value(Object value) {
    if (value instanceof String) {
      return new Str((String) value);
    } else if (value instanceof Integer || value instanceof Boolean) {
      return new Atom(value.toString());
    } else if (value instanceof Double) {
      double number = (Double) value;
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("not a finite number: " + number);
      }
      return new Atom(Double.toString(number)); // the shortest text that reads back as the same double
    } else if (value instanceof BigDecimal) {
      return new Call("new " + type(BigDecimal.class), List.of(new Str(value.toString()))); // scale kept
    } else if (value instanceof Enum<?>) {
      return new Atom(type(((Enum<?>) value).getDeclaringClass()) + "." + ((Enum<?>) value).name());
    } else if (value instanceof Role) {
      return role((Role) value);
    } else if (value instanceof DurationEstimate) {
      DurationEstimate estimate = (DurationEstimate) value;
      return new Call(type(DurationEstimate.class) + ".of", List.of(new Atom("" + estimate.optimistic()),
          new Atom("" + estimate.mostLikely()), new Atom("" + estimate.pessimistic())));
    } else if (value instanceof LocalizedText) {
      return new Call(type(LocalizedText.class) + ".of", List.of(map(((LocalizedText) value).byLanguage())));
    } else if (CatalogueYaml.isModelValue(value)) {
      return built(value);
    }
    throw new IllegalArgumentException("BuiltInCatalogueWriter cannot write a " + value.getClass().getName()
        + ": teach it how");
  }

  /** A role by its constant when it is one, such as {@code Role.CHAMPION}. */
  private Expr role(Role role) {
    for (Field field : Role.class.getFields()) {
      try {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Role.class && role.equals(field.get(null))) {
          return new Atom(type(Role.class) + "." + field.getName());
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return new Call(type(Role.class) + ".of", List.of(new Str(role.key())));
  }

  /** An ordered map, as Guava's {@code ImmutableMap.of} keeps its entries in the order given. */
  private Expr map(Map<?, ?> map) {
    if (map.size() > 10) {
      throw new IllegalArgumentException("ImmutableMap.of takes at most 10 entries: " + map);
    }
    List<Expr> entries = new ArrayList<>();
    map.forEach((k, v) -> entries.add(new Pair(value(k), value(v))));
    return new Call(type(ImmutableMap.class) + ".of", entries);
  }

  /** A value of this package as its builder calls. */
  private Expr built(Object value) {
    Class<?> model = value.getClass().getSuperclass();
    Method builder = Arrays.stream(model.getDeclaredMethods())
        .filter(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())
            && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
        .findFirst().orElseGet(() -> {
          try {
            return value.getClass().getMethod("builder");
          } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(value.getClass() + " has no builder", e);
          }
        });
    Set<String> setters = Arrays.stream(builder.getReturnType().getMethods())
        .filter(m -> m.getParameterCount() == 1).map(Method::getName).collect(Collectors.toSet());
    // In the order of the attributes' fields in the generated class, which is that of the model's accessors; the
    // order is only for the reader: a change of it changes the text, never the values.
    List<String> fields = Arrays.stream(value.getClass().getDeclaredFields()).map(Field::getName)
        .collect(Collectors.toList());
    Map<String, Object> attributes = new TreeMap<>(Comparator.comparingInt((String name) ->
        fields.contains(name) ? fields.indexOf(name) : fields.size()).thenComparing(Comparator.naturalOrder()));
    attributes.putAll(CatalogueYaml.attributes(value));
    List<Call> calls = new ArrayList<>();
    attributes.forEach((name, attribute) -> {
      if (!setters.contains(name)) {
        return; // derived, not set
      }
      Expr argument;
      if (attribute instanceof Optional<?>) {
        if (((Optional<?>) attribute).isEmpty()) {
          return;
        }
        argument = value(((Optional<?>) attribute).get());
      } else if (attribute instanceof OptionalInt) {
        if (((OptionalInt) attribute).isEmpty()) {
          return;
        }
        argument = new Atom("" + ((OptionalInt) attribute).getAsInt());
      } else if (attribute instanceof Collection<?>) {
        if (((Collection<?>) attribute).isEmpty()) {
          return;
        }
        argument = new Call("List.of", ((Collection<?>) attribute).stream().map(this::value)
            .collect(Collectors.toList()));
      } else if (attribute instanceof Map<?, ?>) {
        if (((Map<?, ?>) attribute).isEmpty()) {
          return;
        }
        argument = map((Map<?, ?>) attribute);
      } else {
        argument = value(attribute);
      }
      calls.add(new Call(name, List.of(argument)));
    });
    calls.add(new Call("build", List.of()));
    String owner = builder.getDeclaringClass() == model ? type(model) : type(value.getClass());
    return new Chain(owner + ".builder()", calls);
  }

  /** A type's name in the source, imported when it is not of this package. */
  private String type(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    if (!top.getPackageName().equals(PACKAGE) && !top.getPackageName().equals("java.lang")) {
      imports.add(top.getCanonicalName());
    }
    return type.getCanonicalName().substring(top.getPackageName().length() + 1);
  }

  /** An expression of the source: printed on one line when it fits, else broken into lines. */
  private interface Expr {
    /** The expression on one line. */
    String flat();
  }

  /** A name or a number. */
  private record Atom(String text) implements Expr {
    @Override
    public String flat() {
      return text;
    }
  }

  /** A string literal, which breaks into literals joined by {@code +}. */
  private record Str(String value) implements Expr {
    @Override
    public String flat() {
      return literal(value);
    }
  }

  /** Two arguments that go together on a line when they can, such as a map's key and value. */
  private record Pair(Expr first, Expr second) implements Expr {
    @Override
    public String flat() {
      return first.flat() + ", " + second.flat();
    }
  }

  /** A call: {@code head(arguments)}. */
  private record Call(String head, List<Expr> arguments) implements Expr {
    @Override
    public String flat() {
      return head + "(" + arguments.stream().map(Expr::flat).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** A chain of calls on a receiver: {@code start.call().call()}. */
  private record Chain(String start, List<Call> calls) implements Expr {
    @Override
    public String flat() {
      return start + calls.stream().map(c -> "." + c.flat()).collect(Collectors.joining());
    }
  }

  /**
   * Prints an expression that starts at this column of the current line; a line it breaks into starts at
   * {@code indent} plus four. The trailer follows it on its last line.
   */
  private static void print(StringBuilder out, Expr expr, int column, int indent, String trailer) {
    String flat = expr.flat();
    if (column + flat.length() + trailer.length() <= WIDTH || expr instanceof Atom) {
      out.append(flat).append(trailer);
    } else if (expr instanceof Str) {
      printString(out, ((Str) expr).value(), column, indent + 4, trailer);
    } else if (expr instanceof Pair) {
      Pair pair = (Pair) expr;
      print(out, pair.first(), column, indent, ",");
      newLine(out, indent);
      print(out, pair.second(), indent, indent, trailer);
    } else if (expr instanceof Call) {
      Call call = (Call) expr;
      out.append(call.head()).append('(');
      List<Expr> arguments = call.arguments();
      if (arguments.size() == 1 && !(arguments.get(0) instanceof Str)) {
        print(out, arguments.get(0), column + call.head().length() + 1, indent, ")" + trailer);
        return;
      }
      for (int i = 0; i < arguments.size(); i++) {
        newLine(out, indent + 4);
        print(out, arguments.get(i), indent + 4, indent + 4, i < arguments.size() - 1 ? "," : ")" + trailer);
      }
    } else {
      Chain chain = (Chain) expr;
      out.append(chain.start());
      for (int i = 0; i < chain.calls().size(); i++) {
        newLine(out, indent + 4);
        out.append('.');
        print(out, chain.calls().get(i), indent + 5, indent + 4, i < chain.calls().size() - 1 ? "" : trailer);
      }
    }
  }

  private static void newLine(StringBuilder out, int indent) {
    out.append('\n').append(" ".repeat(indent));
  }

  /**
   * A long string as literals joined by {@code +}, each ending after a space where it can: the first from the
   * column, the others on lines of their own from {@code indent}.
   */
  private static void printString(StringBuilder out, String value, int column, int indent, String trailer) {
    List<String> pieces = new ArrayList<>();
    int room = WIDTH - column - 2 - trailer.length();
    int start = 0;
    while (start < value.length()) {
      int end = start;
      int lastSpace = -1;
      while (end < value.length() && literal(value.substring(start, end + 1)).length() - 2 <= room) {
        if (value.charAt(end) == ' ') {
          lastSpace = end + 1;
        }
        end++;
      }
      if (end < value.length() && lastSpace > start) {
        end = lastSpace;
      } else if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      if (end == start) {
        throw new IllegalArgumentException("no room for a string at column " + column);
      }
      pieces.add(value.substring(start, end));
      start = end;
      room = WIDTH - indent - 4 - trailer.length(); // "+ " and the quotes
    }
    out.append(literal(pieces.get(0)));
    for (String piece : pieces.subList(1, pieces.size())) {
      newLine(out, indent);
      out.append("+ ").append(literal(piece));
    }
    out.append(trailer);
  }

  /** A Java string literal: quotes, backslashes and control characters escaped, anything else as it is. */
  static String literal(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"':
          literal.append("\\\"");
          break;
        case '\\':
          literal.append("\\\\");
          break;
        case '\n':
          literal.append("\\n");
          break;
        case '\t':
          literal.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            literal.append(String.format("\\%03o", (int) c)); // octal: a \\u escape would be read before the literal
          } else {
            literal.append(c);
          }
      }
    }
    return literal.append('"').toString();
  }
}
