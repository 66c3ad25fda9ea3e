package io.github.mutualplan.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.JsonProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

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
 * aliases and anchors of maps and lists are refused (the YAML reader drops an anchor on a plain value, which no
 * alias can then use), nothing but the model's own types is ever created; documents are limited to
 * {@value #MAX_DOCUMENT_CHARS} characters, strings to {@value #MAX_STRING} and
 * nesting to {@value #MAX_DEPTH} levels. Every problem is a {@link TemplateFormatException} with the
 * file, line, column, path and what was expected.
 *
 * <p>Templates are read and written by the same codec layer as plans ({@code mutual-plan-json}), key for key and
 * with no reflection: a key left out is absent, empty or its default, while a {@code null} is refused. In YAML, a
 * text that reads as a whole number (such as {@code version: 2}) is its digits; a fraction must be quoted to be
 * text. A file is UTF-8, with or without a byte order mark.
 *
 * <p>Thread-safe: it keeps no state but its two Jackson factories, configured once and thread-safe from then on,
 * and immutable codecs, so every method may be called from any thread at once.
 *
 * @since 0.1.0
 */
public final class TemplateFiles {
  /** The largest template or rule file read, in characters. */
  static final int MAX_DOCUMENT_CHARS = 1_000_000;
  /** The deepest nesting read. */
  static final int MAX_DEPTH = 32;
  /** The longest string read. */
  static final int MAX_STRING = 10_000;

  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(constraints())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build();
  private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
      .streamReadConstraints(constraints())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private TemplateFiles() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING)
        .maxDocumentLength(MAX_DOCUMENT_CHARS)
        .maxNumberLength(100) // longer ones are refused by the codecs, with their place
        .build();
  }

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

    JsonFactory factory() {
      return this == JSON ? JSON_FACTORY : YAML_FACTORY;
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
    return read(text, name, format, TemplateCodecs.TEMPLATE);
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
    return read(text, name, format, TemplateCodecs.RULE_FILE);
  }

  /** Writes a template. */
  public static String write(PlanTemplate template, Format format) {
    return write(Objects.requireNonNull(template, "template"), format, TemplateCodecs.TEMPLATE);
  }

  /** Writes rules, under the key {@code rules}. */
  public static String writeRules(List<RuleDefinition> rules, Format format) {
    return write(List.copyOf(rules), format, TemplateCodecs.RULE_FILE);
  }

  private static <T> String write(T value, Format format, Codec<T> codec) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = Objects.requireNonNull(format, "format").factory().createGenerator(text)) {
      if (format == Format.JSON) {
        out.useDefaultPrettyPrinter();
      }
      codec.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a string always takes what is written", e);
    }
    return text.toString();
  }

  private static String read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > 4L * MAX_DOCUMENT_CHARS) {
        throw new TemplateFormatException(file.toString(), 0, 0, "", "the file has " + size
            + " bytes; a template or rule file has at most " + MAX_DOCUMENT_CHARS + " characters", null);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new TemplateFormatException(file.toString(), 0, 0, "", "the file is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a document of one kind: the whole text, one value, nothing after it. */
  static <T> T read(String text, String name, Format format, Codec<T> codec) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new TemplateFormatException(name, 0, 0, "", "the document has " + text.length()
          + " characters; at most " + MAX_DOCUMENT_CHARS + " are read", null);
    }
    String document = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is no content
    try (JsonParser parser = new RefusingParser(format.factory().createParser(document))) {
      if (parser.nextToken() == null) {
        throw new TemplateFormatException(name, 1, 1, "", "the document is empty", null);
      }
      JsonIn in = new JsonIn(parser, true);
      T value = codec.read(in);
      if (parser.nextToken() != null) {
        throw in.expected("the end of the document");
      }
      return value;
    } catch (JsonProblem e) {
      throw explain(name, e);
    } catch (JsonProcessingException e) {
      throw explain(name, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A parser that refuses YAML type tags such as {@code !!java.net.URL}; aliases and the anchors of maps and lists,
   * which a template never needs and an attacker uses to multiply a document; and overlong texts, which the YAML
   * reader lets by.
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
          && delegate.getTextLength() > MAX_STRING) {
        throw new JsonParseException(this, "a text of " + delegate.getTextLength() + " characters; at most "
            + MAX_STRING + " are read");
      }
      return token;
    }
  }

  /** A problem the reader found: at its path, relative to the document ({@code steps[0].title}). */
  private static TemplateFormatException explain(String name, JsonProblem e) {
    String path = e.path().replaceFirst("^\\$\\.?", "");
    String problem = e.getCause() instanceof TemplateValidationException
        ? String.join("; ", ((TemplateValidationException) e.getCause()).problems()) : e.problem();
    return new TemplateFormatException(name, JsonIn.line(e.getLocation()), JsonIn.column(e.getLocation()), path,
        problem, e);
  }

  /** A problem of the text itself: not YAML or JSON, or beyond a limit. */
  private static TemplateFormatException explain(String name, JsonProcessingException e) {
    String message = e.getOriginalMessage();
    String problem = e instanceof StreamConstraintsException ? "the document is too large or too deep: " + message
        : message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message;
    return new TemplateFormatException(name, JsonIn.line(e.getLocation()), JsonIn.column(e.getLocation()), "",
        problem, e);
  }
}
