package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.ModuleTypes;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Jackson module of the model, for an {@code ObjectMapper} of your own: plans and everything in them, the
 * 30 plan changes and the events (each under its own {@code "type"} name), histories, risk reports and close
 * forecasts, in the same JSON as {@link PlanJson} writes inside its documents.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();
 * String json = mapper.writeValueAsString(plan);                   // the plan object, without an envelope
 * MutualActionPlan again = mapper.readValue(json, MutualActionPlan.class);
 * }</pre>
 *
 * <p><b>Found by Jackson.</b> The module is a service of {@code com.fasterxml.jackson.databind.Module}
 * ({@code provides} in the module descriptor, {@code META-INF/services} on the class path), so
 * {@code new ObjectMapper().findAndRegisterModules()} and {@code JsonMapper.builder().findAndAddModules()}
 * register it, with the standard policy, as a mapper with it added by hand. Jackson registers a module of one
 * name once, and the first one added stays: to read histories under a policy of your own, add
 * {@code new MutualPlanModule(yourPolicy)} <em>before</em> {@code findAndAddModules()}, or add it instead.
 *
 * <p>Identifiers are also map keys ({@code Map<CommitmentId, Integer>} is {@code {"security-review": 5}}).
 * Unknown keys fail as your mapper says ({@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}). The
 * limits on size and nesting are those of your mapper's {@code JsonFactory}; {@link PlanJson} sets safe ones.
 * Problems are {@code JsonMappingException}s whose message starts with the JSON path. A history is verified as
 * it is read, its events replayed as live edits under the standard policy or the one given to
 * {@link #MutualPlanModule(PlanPolicy)}.
 *
 * <p>A module is complete when made, and then safe to share between threads and mappers; add nothing to it
 * (the methods it has as a {@code SimpleModule}) once a mapper has it.
 *
 * @since 0.1.0
 */
public final class MutualPlanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; it verifies the histories it reads under the standard policy. */
  public MutualPlanModule() {
    this(PlanPolicy.standard());
  }

  /**
   * Creates the module.
   *
   * @param policy the policy the histories it reads were made under, which verifies them
   */
  public MutualPlanModule(PlanPolicy policy) {
    super("mutual-plan");
    ModuleTypes.of(Objects.requireNonNull(policy, "policy")).forEach(this::add);
  }

  /** A type of the model; an identifier is also the key of a map. */
  private <T> void add(ModuleTypes.Entry<T> entry) {
    addSerializer(entry.type(), new CodecSerializer<>(entry.type(), entry.codec()));
    addDeserializer(entry.type(), new CodecDeserializer<>(entry.type(), entry.codec()));
    entry.key().ifPresent(of -> addKeyDeserializer(entry.type(), keyDeserializer(entry.type(), of)));
  }

  /**
   * An identifier as the key of a map, read with its factory: a key that is not valid fails with Jackson's
   * {@code InvalidFormatException} naming the type, the key and the rule. (It is written as its key, its
   * {@code toString}.)
   */
  private static <T> KeyDeserializer keyDeserializer(Class<T> type, Function<String, T> of) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) throws IOException {
        try {
          return of.apply(key);
        } catch (PlanValidationException e) {
          return context.handleWeirdKey(type, key, "%s", e.violations().get(0).message());
        }
      }
    };
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(value, out);
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return codec.read(new JsonIn(parser, context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    }
  }
}
