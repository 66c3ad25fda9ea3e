package io.github.mutualplan.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Role;
import io.github.mutualplan.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Reads and writes templates and rules as YAML or JSON. The format is the one of the Java model, key for
 * key; the README has a full example, and the built-in catalogue is written in it.
 *
 * <pre>{@code
 * PlanTemplate template = TemplateFiles.readTemplate(Path.of("templates/my-team.yaml"));
 * List<RuleDefinition> rules = TemplateFiles.readRules(Path.of("templates/rules.yaml"));
 * String yaml = TemplateFiles.write(template, TemplateFiles.Format.YAML);
 * }</pre>
 *
 * <p>Reading is strict and safe on untrusted files: an unknown key is refused with the nearest valid key
 * suggested; a template is validated as it is read (unique keys, references resolve, no cycles); type tags,
 * anchors and aliases are refused, nothing but the model's own types is ever created; documents are limited to
 * {@value TemplateJson#MAX_DOCUMENT_CHARS} characters, strings to {@value TemplateJson#MAX_STRING} and
 * nesting to {@value TemplateJson#MAX_DEPTH} levels. Every problem is a {@link TemplateFormatException} with the
 * file, line, column, path and what was expected.
 */
public final class TemplateFiles {
  private TemplateFiles() {}

  /** The two formats. */
  public enum Format {
    /** YAML 1.1, as read by SnakeYAML. */
    YAML,
    /** JSON. */
    JSON;

    /** The format of a file, by its extension: {@code .json} is JSON, anything else YAML. */
    public static Format of(Path file) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    ObjectMapper mapper() {
      return this == JSON ? TemplateJson.JSON : TemplateJson.YAML;
    }
  }

  /** A rule file: a list of rules under the key {@code rules}. */
  static final class RuleFile {
    @JsonProperty("rules")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    final List<RuleDefinition> rules;

    @JsonCreator
    RuleFile(@JsonProperty(value = "rules", required = true) List<RuleDefinition> rules) {
      this.rules = rules;
    }
  }

  /**
   * Reads a template file, YAML or JSON by its extension.
   *
   * @throws TemplateFormatException if the file is not a valid template
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PlanTemplate readTemplate(Path file) {
    return readTemplate(read(file), file.toString(), Format.of(file));
  }

  /**
   * Reads a template from text.
   *
   * @param text the document
   * @param name what to call it in errors, such as a file name
   * @param format YAML or JSON
   * @throws TemplateFormatException if the text is not a valid template
   */
  public static PlanTemplate readTemplate(String text, String name, Format format) {
    return parse(text, name, format, PlanTemplate.class);
  }

  /**
   * Reads a rule file, YAML or JSON by its extension.
   *
   * @throws TemplateFormatException if the file is not a valid rule file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<RuleDefinition> readRules(Path file) {
    return readRules(read(file), file.toString(), Format.of(file));
  }

  /**
   * Reads rules from text: a list of rules under the key {@code rules}.
   *
   * @throws TemplateFormatException if the text is not a valid rule file
   */
  public static List<RuleDefinition> readRules(String text, String name, Format format) {
    return List.copyOf(parse(text, name, format, RuleFile.class).rules);
  }

  /** Writes a template. */
  public static String write(PlanTemplate template, Format format) {
    return write((Object) Objects.requireNonNull(template, "template"), format);
  }

  /** Writes rules, under the key {@code rules}. */
  public static String writeRules(List<RuleDefinition> rules, Format format) {
    return write(new RuleFile(List.copyOf(rules)), format);
  }

  private static String write(Object value, Format format) {
    try {
      return Objects.requireNonNull(format, "format").mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid template always writes", e);
    }
  }

  private static String read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > 4L * TemplateJson.MAX_DOCUMENT_CHARS) {
        throw new TemplateFormatException(file.toString(), 0, 0, "", "the file has " + size
            + " bytes; a template or rule file has at most " + TemplateJson.MAX_DOCUMENT_CHARS + " characters", null);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static <T> T parse(String text, String name, Format format, Class<T> type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (text.length() > TemplateJson.MAX_DOCUMENT_CHARS) {
      throw new TemplateFormatException(name, 0, 0, "", "the document has " + text.length()
          + " characters; at most " + TemplateJson.MAX_DOCUMENT_CHARS + " are read", null);
    }
    ObjectMapper mapper = format.mapper();
    try (JsonParser parser = new RefusingParser(mapper.getFactory().createParser(text))) {
      T value = mapper.readValue(parser, type);
      if (value == null) {
        throw new TemplateFormatException(name, 1, 1, "", "the document is empty", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw explain(name, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A parser that refuses YAML type tags such as {@code !!java.net.URL}; anchors and aliases, which a template
   * never needs and an attacker uses to multiply a document; and overlong texts, which the YAML reader lets by.
   */
  private static final class RefusingParser extends JsonParserDelegate {
    RefusingParser(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (token != null && delegate.canReadTypeId() && delegate.getTypeId() != null) {
        throw new JsonParseException(this, "type tags such as '" + delegate.getTypeId() + "' are not allowed");
      }
      if (delegate instanceof YAMLParser
          && (((YAMLParser) delegate).isCurrentAlias() || ((YAMLParser) delegate).getCurrentAnchor() != null)) {
        throw new JsonParseException(this, "anchors and aliases (&name, *name) are not allowed");
      }
      if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
          && delegate.getTextLength() > TemplateJson.MAX_STRING) {
        throw new JsonParseException(this, "a text of " + delegate.getTextLength() + " characters; at most "
            + TemplateJson.MAX_STRING + " are read");
      }
      return token;
    }
  }

  private static TemplateFormatException explain(String name, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String path = e instanceof JsonMappingException ? path((JsonMappingException) e) : "";
    return new TemplateFormatException(name, line, column, path, problem(e), e);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      Collection<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .collect(Collectors.toList());
      return "unknown key " + Texts.quote(u.getPropertyName()) + nearest(u.getPropertyName(), known)
          .map(k -> "; did you mean '" + k + "'?").orElse("; expected one of " + known);
    }
    if (e instanceof StreamConstraintsException) {
      return "the document is too large or too deep: " + e.getOriginalMessage();
    }
    if (e instanceof InvalidNullException) {
      List<JsonMappingException.Reference> path = ((InvalidNullException) e).getPath();
      boolean item = !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
      return item ? "a list holds no nulls" : "must not be null; leave out a key that has no value";
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException || cause instanceof MutualPlanException) {
      if (cause instanceof TemplateValidationException) {
        return String.join("; ", ((TemplateValidationException) cause).problems());
      }
      if (cause instanceof PlanValidationException) {
        return ((PlanValidationException) cause).violations().get(0).message();
      }
      if (cause instanceof IllegalStateException && cause.getMessage() != null
          && cause.getMessage().contains("required attributes are not set")) {
        return "missing required keys " + cause.getMessage().replaceAll(".*not set ", "");
      }
      return cause == null ? e.getOriginalMessage() : String.valueOf(cause.getMessage());
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      if (f.getTargetType().isEnum()) {
        return Texts.quote(String.valueOf(f.getValue())) + " is not one of "
            + Arrays.toString(f.getTargetType().getEnumConstants());
      }
      return f.getTargetType() == Role.class || f.getTargetType() == LocalizedText.class ? e.getOriginalMessage()
          : "expected " + describe(f.getTargetType()) + ", was " + Texts.quote(String.valueOf(f.getValue()));
    }
    if (e.getOriginalMessage().startsWith("Missing required creator property")) {
      return "missing required key " + e.getOriginalMessage().replaceAll("^[^']*('[^']*').*$", "$1");
    }
    if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
      return "expected " + describe(((MismatchedInputException) e).getTargetType());
    }
    String message = e.getOriginalMessage();
    return message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message;
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == OptionalInt.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == LocalizedText.class) {
      return "a text, or texts by language such as {en: ..., ru: ...}";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a map of keys to values";
    }
    Class<?> named = type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
        ? type.getEnclosingClass() : type; // the holder Immutables generates for Jackson
    return "a " + named.getSimpleName().replaceAll("^Immutable", "") + ": a map of keys to values";
  }

  /** The known key nearest to a misspelt one, if one is near enough to be what was meant. */
  static Optional<String> nearest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wrong.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
