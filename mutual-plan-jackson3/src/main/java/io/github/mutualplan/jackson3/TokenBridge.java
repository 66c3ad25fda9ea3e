package io.github.mutualplan.jackson3;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.mutualplan.json.codec.JsonIn;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Carries tokens between Jackson 3 and the codecs of {@code mutual-plan-json}, which read and write Jackson 2:
 * a value read by Jackson 3 is copied into a Jackson 2 {@link TokenBuffer} for a codec to read, and what a codec
 * wrote into one is written again with Jackson 3's generator. Every token keeps its kind and its value; a whole
 * number keeps its type (int, long or big: {@code -0} is 0), and a fraction or a number in exponent form its text,
 * so that a decimal reads as written.
 */
final class TokenBridge {
  private TokenBridge() {}

  /**
   * Copies the value a Jackson 3 parser is on, from its first token to its last, where the parser is left.
   *
   * @param from the parser, on the value's first token
   * @return a Jackson 2 parser over the copy, on its first token
   */
  static com.fasterxml.jackson.core.JsonParser copyValue(JsonParser from) throws IOException {
    TokenBuffer copy = new TokenBuffer(null, false);
    int depth = 0;
    do {
      JsonToken token = from.currentToken();
      switch (token) {
        case START_OBJECT:
          copy.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          copy.writeEndObject();
          depth--;
          break;
        case START_ARRAY:
          copy.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          copy.writeEndArray();
          depth--;
          break;
        case PROPERTY_NAME:
          copy.writeFieldName(from.currentName());
          break;
        case VALUE_STRING:
          copy.writeString(from.getString());
          break;
        case VALUE_NUMBER_INT:
          copyWholeNumber(from, copy);
          break;
        case VALUE_NUMBER_FLOAT:
          copy.writeNumber(from.getString()); // the text, as the codec of decimals reads it
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          copy.writeBoolean(token == JsonToken.VALUE_TRUE);
          break;
        case VALUE_NULL:
          copy.writeNull();
          break;
        case VALUE_EMBEDDED_OBJECT: // from a buffer of Jackson 3's, never a text: the codecs refuse it
          copy.writeEmbeddedObject(from.getEmbeddedObject());
          break;
        default:
          throw new IllegalStateException("not the token of a value: " + token);
      }
    } while (depth > 0 && from.nextToken() != null);
    com.fasterxml.jackson.core.JsonParser parser = copy.asParser();
    parser.nextToken();
    return parser;
  }

  /** A whole number as the number type the parser read it as, so that the codecs' range checks see the same. */
  private static void copyWholeNumber(JsonParser from, TokenBuffer copy) throws IOException {
    switch (from.getNumberType()) {
      case INT:
        copy.writeNumber(from.getIntValue());
        break;
      case LONG:
        copy.writeNumber(from.getLongValue());
        break;
      default:
        copy.writeNumber(from.getBigIntegerValue());
    }
  }

  /**
   * Writes what a codec wrote into a buffer with a Jackson 3 generator, token for token, so that the generator's
   * settings (pretty-printing, escaping) apply as to any value.
   *
   * @param tokens what the codec wrote
   * @param to the generator
   */
  static void replay(TokenBuffer tokens, JsonGenerator to) throws IOException {
    try (com.fasterxml.jackson.core.JsonParser from = tokens.asParser()) {
      for (com.fasterxml.jackson.core.JsonToken t = from.nextToken(); t != null; t = from.nextToken()) {
        switch (t) {
          case START_OBJECT:
            to.writeStartObject();
            break;
          case END_OBJECT:
            to.writeEndObject();
            break;
          case START_ARRAY:
            to.writeStartArray();
            break;
          case END_ARRAY:
            to.writeEndArray();
            break;
          case FIELD_NAME:
            to.writeName(from.currentName());
            break;
          case VALUE_STRING:
            to.writeString(from.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            replayNumber(from, to);
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            to.writeBoolean(t == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE);
            break;
          case VALUE_NULL:
            to.writeNull();
            break;
          default:
            throw new IllegalStateException("a codec wrote " + t + ", which JSON has no token for");
        }
      }
    }
  }

  /** A number as the type it was written as: Jackson 3 writes each as Jackson 2 does. */
  private static void replayNumber(com.fasterxml.jackson.core.JsonParser from, JsonGenerator to) throws IOException {
    switch (from.getNumberType()) {
      case INT:
        to.writeNumber(from.getIntValue());
        break;
      case LONG:
        to.writeNumber(from.getLongValue());
        break;
      case BIG_INTEGER:
        to.writeNumber(from.getBigIntegerValue());
        break;
      case FLOAT:
        to.writeNumber(from.getFloatValue());
        break;
      case DOUBLE:
        to.writeNumber(from.getDoubleValue());
        break;
      default:
        to.writeNumber(from.getDecimalValue());
    }
  }

  /**
   * The JSON path of the value a Jackson 3 parser is on, in the form of {@link JsonIn#path()}: {@code $} for the
   * document, {@code $.deal.plans[2]} inside it.
   */
  static String path(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder("$");
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        path.append('[').append(c.getCurrentIndex()).append(']');
      } else if (c.currentName() != null) {
        JsonIn.appendName(path, c.currentName());
      }
    }
    return path.toString();
  }
}
