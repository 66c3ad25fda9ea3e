package io.github.mutualplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.template.PlanTemplate;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public builder of the published modules is a documented type: its methods come from a package-private
 * generated class, which Javadoc does not show, so the builder's own Javadoc lists them, and this test keeps
 * the list equal to the methods a user can call.
 */
class BuilderDocumentationTest {
  private static final Pattern SIGNATURE = Pattern.compile("\\{@code (\\w+)\\(([^)]*)\\)}");

  @Test
  void everyBuilderListsExactlyTheMethodsAUserCanCall() throws Exception {
    List<Class<?>> builders = new ArrayList<>();
    for (Class<?> published : List.of(MutualActionPlan.class, PlanTemplate.class)) {
      for (String name : classNames(published)) {
        Class<?> type = Class.forName(name);
        if (type.getSimpleName().equals("Builder") && Modifier.isPublic(type.getModifiers())
            && type.getSuperclass().getSimpleName().equals("Builder")) {
          builders.add(type);
        }
      }
    }
    assertThat(builders).as("builders found").hasSizeGreaterThanOrEqualTo(20);

    for (Class<?> builder : builders) {
      Set<String> callable = Arrays.stream(builder.getSuperclass().getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
          .map(BuilderDocumentationTest::signature).collect(Collectors.toCollection(TreeSet::new));
      Set<String> documented = documented(builder);
      assertThat(documented).as("the methods listed in the Javadoc of %s", builder.getName())
          .isEqualTo(callable);
    }
  }

  private static String signature(Method method) {
    return method.getName() + "(" + Arrays.stream(method.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
  }

  /** The signatures in {@code {@code name(Types)}} of the Javadoc before the builder's declaration. */
  private static Set<String> documented(Class<?> builder) throws IOException {
    Class<?> owner = builder.getEnclosingClass();
    String source = Files.readString(sourceOf(owner), StandardCharsets.UTF_8);
    int declaration = source.indexOf("public static final class Builder extends");
    String javadoc = source.substring(source.lastIndexOf("/**", declaration), declaration);
    Set<String> documented = new TreeSet<>();
    Matcher m = SIGNATURE.matcher(javadoc.replaceAll("\\s*\\*\\s+", " "));
    while (m.find()) {
      String parameters = Arrays.stream(m.group(2).replaceAll("<[^<>]*(<[^<>]*>[^<>]*)*>", "").split(","))
          .map(p -> p.strip().replace("...", "[]"))
          .filter(p -> !p.isEmpty()).collect(Collectors.joining(", "));
      if (!m.group(1).equals("add") && !(m.group(1).equals("name") && parameters.equals("Iterable"))) {
        documented.add(m.group(1) + "(" + parameters + ")");
      }
    }
    return documented;
  }

  private static Path sourceOf(Class<?> type) {
    String module = type.getPackageName().startsWith("io.github.mutualplan.template") ? "mutual-plan-templates"
        : "mutual-plan-core";
    return Path.of("..", module, "src/main/java", type.getName().replace('.', '/') + ".java");
  }

  /** The names of the classes in the jar or directory a published class was loaded from. */
  private static List<String> classNames(Class<?> published) throws IOException, URISyntaxException {
    Path location = Path.of(published.getProtectionDomain().getCodeSource().getLocation().toURI());
    Stream<String> entries;
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        entries = files.map(p -> location.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList())
            .stream();
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList()).stream();
      }
    }
    return entries.filter(name -> name.endsWith("$Builder.class") && !name.contains("Immutable"))
        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
        .collect(Collectors.toList());
  }
}
