package io.github.mutualplan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a JSON document is read from: a string, a reader or a stream of UTF-8 bytes. {@link PlanJson} reads each
 * kind of document from a source, to its end and no further than its {@linkplain PlanJson#maxDocumentChars()
 * limit}; a reader or a stream stays open.
 *
 * <pre>{@code
 * MutualActionPlan plan = json.readPlan(JsonSource.of(text));
 * PlanHistory history = json.readHistory(JsonSource.of(request.getInputStream()));
 * }</pre>
 *
 * <p>A source made from a reader or a stream is read once, and is not thread-safe: one per document read. A
 * source of a string is immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class JsonSource {
  /** Reads the whole document, failing once it holds more than {@code maxChars} characters. */
  @FunctionalInterface
  interface Text {
    String read(long maxChars) throws IOException;
  }

  private static final int CHUNK = 8192;

  private final Text text;

  private JsonSource(Text text) {
    this.text = text;
  }

  /**
   * A document given as a string.
   *
   * @param json the document
   * @return the source
   */
  public static JsonSource of(String json) {
    Objects.requireNonNull(json, "json");
    return new JsonSource(maxChars -> {
      if (json.length() > maxChars) {
        throw new DocumentTooLarge(String.valueOf(json.length()));
      }
      return json;
    });
  }

  /**
   * A document read from a reader, to its end; the reader stays open.
   *
   * @param json the reader
   * @return the source
   */
  public static JsonSource of(Reader json) {
    Objects.requireNonNull(json, "json");
    return new JsonSource(maxChars -> {
      StringBuilder text = new StringBuilder();
      char[] chunk = new char[CHUNK];
      for (int n = json.read(chunk); n >= 0; n = json.read(chunk)) {
        text.append(chunk, 0, n);
        if (text.length() > maxChars) {
          throw new DocumentTooLarge("more than " + maxChars);
        }
      }
      return text.toString();
    });
  }

  /**
   * A document read as UTF-8 from a stream, to its end; the stream stays open. Bytes that are not UTF-8 fail the
   * read.
   *
   * @param json the stream
   * @return the source
   */
  public static JsonSource of(InputStream json) {
    Objects.requireNonNull(json, "json");
    return of(new InputStreamReader(json, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The document's text, without a byte order mark. */
  String read(long maxChars) throws IOException {
    String json = text.read(maxChars);
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  /** A document longer than the reader's limit: how many characters it has, or more than how many. */
  static final class DocumentTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    final String chars;

    DocumentTooLarge(String chars) {
      super(chars);
      this.chars = chars;
    }
  }
}
