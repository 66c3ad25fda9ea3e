package io.github.mutualplan.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.json.MutualPlanModule;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.testing.SamplePlans;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Tokens cross between Jackson 3 and Jackson 2 unchanged: their kinds, texts, numbers and paths. */
class TokenBridgeTest {
  private static final String DOCUMENT = "{\"numbers\":[1,-0,3000000000,123456789012345678901234567890,1.10,-0.0,"
      + "1e3,2.5E-7],\"texts\":[\"\",\"Grüße \\\"quoted\\\"\"],\"flags\":[true,false,null],"
      + "\"nested\":{\"a key\":{\"empty\":{},\"none\":[]}}}";
  private static final ObjectMapper JACKSON3 = JsonMapper.builder().build();
  private static final JsonFactory JACKSON2 = new JsonFactory();

  @Test
  void aValueCopiedFromJackson3ReadsAsJackson2ReadsItsText() throws IOException {
    try (JsonParser jackson3 = JACKSON3.createParser("[" + DOCUMENT + ",42]");
        com.fasterxml.jackson.core.JsonParser text = JACKSON2.createParser(DOCUMENT)) {
      jackson3.nextToken();
      jackson3.nextToken();
      text.nextToken();

      com.fasterxml.jackson.core.JsonParser copy = TokenBridge.copyValue(jackson3);

      List<String> asText = tokens(text);
      asText.set(asText.indexOf("VALUE_NUMBER_INT -0 INT"), "VALUE_NUMBER_INT 0 INT"); // a whole number's value
      assertThat(tokens(copy)).isEqualTo(asText);
      assertThat(jackson3.currentToken()).as("on the value's last token").isEqualTo(JsonToken.END_OBJECT);
      assertThat(jackson3.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(jackson3.getIntValue()).isEqualTo(42);
    }
  }

  /** Each token as its kind and text, a whole number with its type: what the codecs look at. */
  private static List<String> tokens(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
    List<String> tokens = new ArrayList<>();
    for (com.fasterxml.jackson.core.JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
      tokens.add(t + " " + parser.getText()
          + (t == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT ? " " + parser.getNumberType() : ""));
    }
    return tokens;
  }

  @Test
  void whatACodecWritesIsWrittenByJackson3AsJackson2WritesIt() throws IOException {
    TokenBuffer tokens = new TokenBuffer(null, false);
    writeEveryKind(tokens);
    StringWriter jackson2 = new StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator generator = JACKSON2.createGenerator(jackson2)) {
      writeEveryKind(generator);
    }
    StringWriter jackson3 = new StringWriter();

    try (JsonGenerator generator = JACKSON3.createGenerator(jackson3)) {
      TokenBridge.replay(tokens, generator);
    }

    assertThat(jackson3.toString()).isEqualTo(jackson2.toString())
        .startsWith("{\"int\":-7,\"long\":3000000000,\"big\":123456789012345678901234567890,\"float\":0.1,");
  }

  private static void writeEveryKind(com.fasterxml.jackson.core.JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("int", -7);
    out.writeNumberField("long", 3_000_000_000L);
    out.writeFieldName("big");
    out.writeNumber(new BigInteger("123456789012345678901234567890"));
    out.writeNumberField("float", 0.1f);
    out.writeNumberField("double", 2.5e-7);
    out.writeNumberField("decimal", new BigDecimal("480000.00"));
    out.writeStringField("text", "Grüße \"quoted\"\n");
    out.writeArrayFieldStart("flags");
    out.writeBoolean(true);
    out.writeBoolean(false);
    out.writeNull();
    out.writeEndArray();
    out.writeObjectFieldStart("empty");
    out.writeEndObject();
    out.writeEndObject();
  }

  @Test
  void everyTokenHasThePathJackson2Gives() throws IOException {
    try (JsonParser jackson3 = JACKSON3.createParser(DOCUMENT);
        com.fasterxml.jackson.core.JsonParser jackson2 = JACKSON2.createParser(DOCUMENT)) {
      List<String> paths3 = new ArrayList<>();
      List<String> paths2 = new ArrayList<>();
      while (jackson3.nextToken() != null) {
        jackson2.nextToken();
        paths3.add(TokenBridge.path(jackson3));
        paths2.add(new JsonIn(jackson2, true).path());
      }

      assertThat(paths3).isEqualTo(paths2).contains("$.numbers[3]", "$.nested['a key'].empty");
    }
  }

  @Test
  void aJavaObjectInATreeIsRefusedAsByJackson2() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanJackson3Module()).build();
    com.fasterxml.jackson.databind.ObjectMapper jackson2 =
        com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new MutualPlanModule()).build();
    ObjectNode plan = (ObjectNode) mapper.valueToTree(SamplePlans.healthcareSharedPlan());
    com.fasterxml.jackson.databind.node.ObjectNode plan2 =
        (com.fasterxml.jackson.databind.node.ObjectNode) jackson2.readTree(mapper.writeValueAsString(plan));
    plan.putPOJO("title", List.of("not", "a", "title"));
    plan2.putPOJO("title", List.of("not", "a", "title"));

    InvalidPlanJsonException e = catchThrowableOfType(InvalidPlanJsonException.class,
        () -> mapper.treeToValue(plan, MutualActionPlan.class));
    JsonProblem e2 = catchThrowableOfType(JsonProblem.class, () -> jackson2.treeToValue(plan2, MutualActionPlan.class));

    assertThat(e.path()).isEqualTo("$.title").isEqualTo(e2.path());
    assertThat(e.problem()).isEqualTo(e2.problem()).startsWith("expected text, was ");
  }
}
