package io.github.mutualplan.jackson3;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.json.codec.ModuleTypes;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the model ({@code tools.jackson}, the Jackson of Spring Boot 4): plans and everything in
 * them, the plan changes and the events, histories, risk reports and close forecasts, in the same JSON as
 * {@code mutual-plan-json} writes, byte for byte: the same types as its Jackson 2 {@code MutualPlanModule}, the
 * same keys in the same order, the same numbers.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MutualPlanJackson3Module()).build();
 * String json = mapper.writeValueAsString(plan);                      // {"id":"northwind-claims-2027",...}
 * MutualActionPlan again = mapper.readValue(json, MutualActionPlan.class);
 * PlanHistory history = mapper.readValue(stored, PlanHistory.class);  // verified: replayed as live edits
 * }</pre>
 *
 * <p><b>Found by Jackson.</b> The module is a service of {@code tools.jackson.databind.JacksonModule}
 * ({@code provides} in the module descriptor, {@code META-INF/services} on the class path), so
 * {@code JsonMapper.builder().findAndAddModules()} adds it, with the standard policy. Jackson 3 keeps the last
 * module of a name added: {@code findAndAddModules().addModule(new MutualPlanJackson3Module(yourPolicy))} reads
 * histories under your policy.
 *
 * <p><b>Reading</b> checks what {@code mutual-plan-json} checks: every value is validated as it is made, a
 * history is verified as it is read (its events replayed as live edits under the standard policy or the one given
 * to {@link #MutualPlanJackson3Module(PlanPolicy)}), nulls and duplicate keys are refused. A problem is an
 * {@link InvalidPlanJsonException} whose message starts with the value's JSON path in the whole document
 * ({@code $.deal.plan.commitments[3].due: expected a date like 2027-03-01, was "next week"}); its location is
 * where the value of the model starts (the path says where in it). An identifier that is not valid as the key of
 * a map fails with Jackson's {@code InvalidFormatException}. Unknown keys fail as the mapper's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} says, and <b>Jackson 3 turned that off by
 * default</b> (Jackson 2 has it on): a default Jackson 3 mapper skips unknown keys, as
 * {@code PlanJson.lenient()} does; a mapper built with {@code enable(FAIL_ON_UNKNOWN_PROPERTIES)} refuses them,
 * naming the nearest known key, as {@code PlanJson.standard()} does. The limits on size and nesting are the
 * mapper's ({@code PlanJson} sets safe ones).
 *
 * <p><b>How: one set of codecs, tokens carried across.</b> The codecs are {@code mutual-plan-json}'s, written for
 * Jackson 2's streaming API, rather than a second copy of them for Jackson 3 that would have to be kept equal to
 * the first by hand. To write a value, its codec writes into a Jackson 2 {@code TokenBuffer}, whose tokens are
 * then written with the Jackson 3 generator, so the mapper's pretty-printer and escaping apply; to read, the
 * value's tokens are copied from the Jackson 3 parser into a {@code TokenBuffer} for the codec to read, a
 * fraction keeping its text so that an amount reads as written. Both modules take their types and codecs from one
 * list, so they cannot drift apart. The cost: each value of the model written or read at the top is held once
 * more as tokens (memory in proportion to its JSON), and is walked twice, about the time of a second write or
 * read; Jackson 2 comes with {@code mutual-plan-json}.
 *
 * <p>A module is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MutualPlanJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; it verifies the histories it reads under the standard policy. */
  public MutualPlanJackson3Module() {
    this(PlanPolicy.standard());
  }

  /**
   * Creates the module.
   *
   * @param policy the policy the histories it reads were made under, which verifies them
   */
  public MutualPlanJackson3Module(PlanPolicy policy) {
    super("mutual-plan");
    ModuleTypes.of(Objects.requireNonNull(policy, "policy")).forEach(this::add);
  }

  /** A type of the model; an identifier is also the key of a map, written as its key (its toString). */
  private <T> void add(ModuleTypes.Entry<T> entry) {
    addSerializer(entry.type(), new CodecSerializer<>(entry.type(), entry.codec()));
    addDeserializer(entry.type(), new CodecDeserializer<>(entry.type(), entry.codec()));
    entry.key().ifPresent(of -> addKeyDeserializer(entry.type(), keyDeserializer(entry.type(), of)));
  }

  /** An identifier as the key of a map: one that is not valid fails with Jackson's InvalidFormatException. */
  private static <T> KeyDeserializer keyDeserializer(Class<T> type, Function<String, T> of) {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        try {
          return of.apply(key);
        } catch (PlanValidationException e) {
          return context.handleWeirdKey(type, key, "%s", e.violations().get(0).message());
        }
      }
    };
  }

  private static final class CodecSerializer<T> extends StdSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      TokenBuffer tokens = new TokenBuffer(null, false);
      try {
        codec.write(value, tokens);
        TokenBridge.replay(tokens, out);
      } catch (IOException e) { // a buffer in memory: never
        throw DatabindException.from(out, "could not write " + handledType().getSimpleName(), e);
      }
    }
  }

  private static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private final Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      TokenStreamLocation start = parser.currentTokenLocation();
      String path = TokenBridge.path(parser);
      boolean failOnUnknown = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      try {
        return codec.read(new JsonIn(TokenBridge.copyValue(parser), failOnUnknown, path));
      } catch (JsonProblem e) {
        throw new InvalidPlanJsonException(parser, start, e.path(), e.problem(), e.getCause());
      } catch (IOException e) { // a buffer in memory: never
        throw new InvalidPlanJsonException(parser, start, path, String.valueOf(e.getMessage()), e);
      }
    }
  }
}
