package io.github.mutualplan.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Keys;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Role;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson set-up of the template format: one YAML and one JSON mapper, strict and bounded. */
final class TemplateJson {
  /** The largest template or rule file read, in characters. */
  static final int MAX_DOCUMENT_CHARS = 1_000_000;
  /** The deepest nesting read. */
  static final int MAX_DEPTH = 32;
  /** The longest string read. */
  static final int MAX_STRING = 10_000;

  static final ObjectMapper YAML = configure(YAMLMapper.builder(yamlFactory())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
  static final ObjectMapper JSON =
      configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints()).build()));

  private TemplateJson() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints())
        .build();
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING)
        .maxDocumentLength(MAX_DOCUMENT_CHARS)
        .maxNumberLength(20)
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(MapperBuilder<M, B> builder) {
    SimpleModule module = new SimpleModule("mutual-plan-templates");
    module.addSerializer(Role.class, new RoleSerializer());
    module.addDeserializer(Role.class, new RoleDeserializer());
    module.addSerializer(DurationEstimate.class, new EstimateSerializer());
    module.addDeserializer(DurationEstimate.class, new EstimateDeserializer());
    M mapper = builder
        .addModule(new Jdk8Module())
        .addModule(module)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 5.9 days is not 5
        // No null becomes a default, an empty list or an absent value: a key is left out for that.
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
    return mapper;
  }

  /** A text as a plain string (English) or a map by language. */
  static final class LocalizedTextDeserializer extends JsonDeserializer<LocalizedText> {
    @Override
    public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return LocalizedText.of(p.getText());
        } catch (TemplateValidationException e) {
          throw new InvalidFormatException(p, String.join("; ", e.problems()), p.getText(), LocalizedText.class);
        }
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (LocalizedText) ctxt.handleUnexpectedToken(LocalizedText.class, p);
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String language = p.currentName();
        if (p.nextToken() != JsonToken.VALUE_STRING) {
          return (LocalizedText) ctxt.handleUnexpectedToken(String.class, p);
        }
        texts.put(language, p.getText());
      }
      try {
        return LocalizedText.of(texts);
      } catch (TemplateValidationException e) {
        throw new InvalidFormatException(p, String.join("; ", e.problems())
            + " (a text holding a comma or a colon needs quotes in YAML)", texts, LocalizedText.class);
      }
    }
  }

  /** A text as a map by language. */
  static final class LocalizedTextSerializer extends JsonSerializer<LocalizedText> {
    @Override
    public void serialize(LocalizedText value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeStartObject();
      Map<String, String> texts = new TreeMap<>(value.byLanguage()); // English first, then by code: stable files
      String english = texts.remove(LocalizedText.ENGLISH);
      if (english != null) {
        gen.writeStringField(LocalizedText.ENGLISH, english);
      }
      for (Map.Entry<String, String> e : texts.entrySet()) {
        gen.writeStringField(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    }
  }

  private static final class RoleSerializer extends JsonSerializer<Role> {
    @Override
    public void serialize(Role value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.key());
    }
  }

  private static final class RoleDeserializer extends JsonDeserializer<Role> {
    @Override
    public Role deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Role) ctxt.handleUnexpectedToken(Role.class, p);
      }
      try {
        return Role.of(p.getText());
      } catch (PlanValidationException e) {
        throw new InvalidFormatException(p, Texts.quote(p.getText()) + " is not a role: use " + Keys.rule(),
            p.getText(), Role.class);
      }
    }
  }

  private static final class EstimateSerializer extends JsonSerializer<DurationEstimate> {
    @Override
    public void serialize(DurationEstimate value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("optimistic", value.optimistic());
      gen.writeNumberField("mostLikely", value.mostLikely());
      gen.writeNumberField("pessimistic", value.pessimistic());
      gen.writeEndObject();
    }
  }

  private static final class EstimateDeserializer extends JsonDeserializer<DurationEstimate> {
    @Override
    public DurationEstimate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<?, ?> fields = ctxt.readValue(p, Map.class);
      Object o = fields.get("optimistic");
      Object m = fields.get("mostLikely");
      Object w = fields.get("pessimistic");
      if (!(o instanceof Integer) || !(m instanceof Integer) || !(w instanceof Integer) || fields.size() != 3) {
        return (DurationEstimate) ctxt.handleWeirdNativeValue(ctxt.constructType(DurationEstimate.class), fields, p);
      }
      return DurationEstimate.of((Integer) o, (Integer) m, (Integer) w);
    }
  }
}
