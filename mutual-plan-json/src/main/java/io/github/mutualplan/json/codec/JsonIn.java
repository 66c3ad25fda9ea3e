package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.mutualplan.Texts;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A parser and how strictly to read: unknown keys fail or are skipped. Knows where it is, as a JSON path
 * such as {@code $.plan.commitments[3].due}, and makes the problems that name it. Not thread-safe: one per
 * document read, as its parser.
 *
 * @since 0.1.0
 */
public class JsonIn {
  private final JsonParser parser;
  private final boolean failOnUnknown;
  private final @Nullable String basePath;
  /** The keys read so far ({@link #key}); shared with the copies made of this reader. */
  private final KnownKeys keys;

  /**
   * Reads from a parser.
   *
   * @param parser the parser, on the token before the value to read or on its first
   * @param failOnUnknown whether an unknown key fails, or is skipped
   */
  public JsonIn(JsonParser parser, boolean failOnUnknown) {
    this(parser, failOnUnknown, null);
  }

  /**
   * Reads from a parser whose root is not the document's: a copy of a value from inside a document, whose paths
   * start with the value's own.
   *
   * @param parser the parser, on the token before the value to read or on its first
   * @param failOnUnknown whether an unknown key fails, or is skipped
   * @param basePath the path of the value in its document, such as {@code $.deal.plan}; null for {@code $}
   */
  public JsonIn(JsonParser parser, boolean failOnUnknown, @Nullable String basePath) {
    this(parser, failOnUnknown, basePath, new KnownKeys());
  }

  private JsonIn(JsonParser parser, boolean failOnUnknown, @Nullable String basePath, KnownKeys keys) {
    this.parser = parser;
    this.failOnUnknown = failOnUnknown;
    this.basePath = basePath;
    this.keys = keys;
  }

  /** The parser. */
  public JsonParser parser() {
    return parser;
  }

  /** The parser's current token. */
  public JsonToken token() {
    return parser.currentToken();
  }

  /** Whether an unknown key fails, or is skipped. */
  public boolean failOnUnknown() {
    return failOnUnknown;
  }

  /**
   * Copies the rest of the object whose first key the parser is on, up to its end, and returns a reader over
   * the copy, on its start: for objects whose type key does not come first. Paths in the copy are those of the
   * original; the location of every problem in it is the object's start.
   */
  public JsonIn copyOfObject(JsonLocation start, String path) throws IOException {
    TokenBuffer copy = new TokenBuffer(parser.getCodec(), false); // no parent: paths come from basePath
    copy.writeStartObject();
    while (parser.currentToken() == JsonToken.FIELD_NAME) {
      copy.copyCurrentStructure(parser);
      parser.nextToken();
    }
    copy.writeEndObject();
    return new JsonIn(copyParser(copy, start), failOnUnknown, path, keys) {
      @Override
      public JsonIn again() throws IOException {
        return new JsonIn(copyParser(copy, start), failOnUnknown(), path, keys);
      }
    };
  }

  private JsonParser copyParser(TokenBuffer copy, JsonLocation start) throws IOException {
    JsonParser replay = new JsonParserDelegate(copy.asParser(parser.streamReadConstraints())) {
      @Override
      public JsonLocation currentLocation() {
        return start;
      }

      @Override
      public JsonLocation currentTokenLocation() {
        return start;
      }

      @Override
      @Deprecated
      public JsonLocation getCurrentLocation() {
        return start;
      }

      @Override
      @Deprecated
      public JsonLocation getTokenLocation() {
        return start;
      }
    };
    replay.nextToken();
    return replay;
  }

  /**
   * The value of the key of the model the parser is on, a string such as a {@code CommitmentId}'s: made of its
   * text the first time the document names it, the same value each time after, found by the parser's characters
   * with no string made. A plan names each commitment and person many times (dependencies, responsibilities):
   * each is made and checked once, and compares by identity when the plan is validated and scheduled, as the ids
   * of a plan built in code do.
   *
   * @param kind what the key is, such as the codec that reads it: keys of two kinds never share a value
   * @param make makes the value of a text not read before; may throw, and then nothing is kept
   */
  public <V> V key(Object kind, Function<String, V> make) throws IOException {
    return keys.get(kind, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), make);
  }

  /** A reader over the same copy from its start again; only for a {@linkplain #copyOfObject copy}. */
  public JsonIn again() throws IOException {
    throw new IllegalStateException("not a copy");
  }

  /** The path of the value the parser is on (or, on a key, of the key's value). */
  public String path() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
      context = context.getParent();
    }
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder(basePath == null ? "$" : basePath);
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) {
          path.append('[').append(c.getCurrentIndex()).append(']');
        }
      } else if (c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      }
    }
    return path.toString();
  }

  /**
   * Appends a key of an object to a JSON path: {@code .name} for a plain name, {@code ["a key"]} quoted for any
   * other.
   */
  public static void appendName(StringBuilder path, String name) {
    if (!name.isEmpty() && name.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))
        && !Character.isDigit(name.charAt(0))) {
      path.append('.').append(name);
    } else {
      path.append('[').append(Texts.quote(name)).append(']');
    }
  }

  /** The line of a location, from 1; 0 when unknown. */
  public static int line(@Nullable JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  /** The column of a location, from 1; 0 when unknown. */
  public static int column(@Nullable JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  /** A problem at the current token. */
  public JsonProblem problem(String message) {
    return new JsonProblem(parser.currentTokenLocation(), path(), message, null);
  }

  /** A problem at the current token, caused by a failure of the model. */
  public JsonProblem problem(String message, Throwable cause) {
    return new JsonProblem(parser.currentTokenLocation(), path(), message, cause);
  }

  /** A problem with a value read before, found later. */
  public static JsonProblem problemAt(JsonLocation at, String path, String message, @Nullable Throwable cause) {
    return new JsonProblem(at, path, message, cause);
  }

  /** A problem: the current token is not what was expected. */
  public JsonProblem expected(String what) throws IOException {
    return problem("expected " + what + ", was " + describe());
  }

  /** The current token, as a message shows it. */
  public String describe() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return quoted(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getText(); // at most PlanJson.MAX_NUMBER_LENGTH characters
      case VALUE_TRUE:
      case VALUE_FALSE:
        return parser.getText();
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** A JSON string as a message quotes it: in double quotes, escaped, and cut short when long. */
  public static String quoted(String text) {
    return Texts.quote(text, '"');
  }

  /**
   * An unknown key: fails when reading strictly, naming the key and the nearest known one; skips the value
   * otherwise. The parser is on the key's value.
   */
  public void unknownKey(String key, String in, Collection<String> known) throws IOException {
    if (!failOnUnknown) {
      parser.skipChildren();
      return;
    }
    String hint = nearest(key, known).map(k -> "; did you mean '" + k + "'?").orElse("; expected one of " + known);
    throw new JsonProblem(parser.currentTokenLocation(), path(), "unknown key " + Texts.quote(key) + " in " + in
        + hint, null);
  }

  /** The known key nearest to a misspelt one, if one is near enough to be what was meant. */
  public static Optional<String> nearest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = wrong.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int d = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Edits (insert, delete, replace one character) from one text to another; texts over 64 are too far. */
  private static int editDistance(String from, String to) {
    if (from.length() > 64 || to.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] row = new int[to.length() + 1];
    for (int j = 0; j < row.length; j++) {
      row[j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= to.length(); j++) {
        int above = row[j];
        int replace = diagonal + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(replace, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[to.length()];
  }
}
