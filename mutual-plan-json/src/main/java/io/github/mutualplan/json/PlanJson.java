package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.risk.RiskReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes plans, histories, events, risk reports and forecasts as JSON documents, and reads them back: the
 * safe, ready way to store a plan in a database or send it over HTTP.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.standard();
 * String text = json.write(plan);              // {"format": "mutual-plan/plan", "version": 1, "plan": {...}}
 * MutualActionPlan again = json.readPlan(text); // equal to plan
 *
 * try {
 *   json.readPlan(untrusted);
 * } catch (PlanJsonException e) {
 *   // line 12, column 16 at $.plan.commitments[3].due: expected a date like 2027-03-01, was "next week"
 *   return badRequest(e.getMessage());
 * }
 * }</pre>
 *
 * <p><b>Documents.</b> Each document names its kind and the version of the format:
 * {@code {"format": "mutual-plan/plan", "version": 1, "plan": {...}}}; the kinds are {@code plan},
 * {@code history}, {@code event}, {@code risk-report} (key {@code riskReport}) and {@code forecast}. Reading
 * checks both: a document of another kind, or of a newer version, fails with a message that says so. The
 * package documentation describes the format key by key.
 *
 * <p><b>Output</b> is UTF-8, pretty-printed, in a fixed key order (the order of the model's accessors), so the
 * same value always gives the same text.
 *
 * <p><b>Reading is strict and safe</b> on untrusted input: an unknown key fails, naming the nearest known key
 * (unless {@link #ignoringUnknownFields()}); so do a duplicate key, content after the document, any
 * {@code null} (leave a key out for none, an empty list or the default: a null never becomes a default), and a
 * wrong type name. Type names are our own ({@code "reschedule-commitment"}), never class
 * names, so a document cannot choose what Java class is made. A document has at most
 * {@link #maxDocumentChars()} characters, nesting at most {@value #MAX_NESTING_DEPTH} levels, strings at most
 * {@value #MAX_STRING_LENGTH} characters and numbers at most {@value #MAX_NUMBER_LENGTH} digits. A plan is
 * validated as it is read, within the {@link io.github.mutualplan.PlanLimits}. A history is verified as it is
 * read: every event is replayed as a live edit under the {@linkplain #withPolicy(PlanPolicy) policy}, so a
 * forged or edited history is refused at its first bad event. Every problem is a {@link PlanJsonException}
 * with the line, column and JSON path; its message quotes the document escaped and cut short.
 *
 * <p>A {@code PlanJson} is immutable and thread-safe. Reading and writing never close the caller's streams.
 */
public final class PlanJson {
  /** The version of the document format this library writes, and the newest it reads. */
  public static final int FORMAT_VERSION = Documents.VERSION;
  /** The deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The largest document read unless set otherwise: 16 Mi characters. */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 16L * 1024 * 1024;

  private static final PlanJson STANDARD =
      new PlanJson(true, DEFAULT_MAX_DOCUMENT_CHARS, PlanPolicy.standard());
  private static final int CHUNK = 8192;

  private final boolean failOnUnknown;
  private final long maxDocumentChars;
  private final PlanPolicy policy;
  private final Documents.Kind<PlanHistory> histories;
  private final JsonFactory factory;

  private PlanJson(boolean failOnUnknown, long maxDocumentChars, PlanPolicy policy) {
    this.failOnUnknown = failOnUnknown;
    this.maxDocumentChars = maxDocumentChars;
    this.policy = policy;
    this.histories = Documents.history(policy);
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxDocumentLength(maxDocumentChars)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** The strict reader and writer: unknown keys fail. */
  public static PlanJson standard() {
    return STANDARD;
  }

  /** A reader and writer that skips unknown keys: {@code standard().ignoringUnknownFields()}. */
  public static PlanJson lenient() {
    return STANDARD.ignoringUnknownFields();
  }

  /**
   * This one, but skipping unknown keys instead of failing on them: for reading documents that newer code,
   * or another tool, added keys to. Unknown type names still fail.
   */
  public PlanJson ignoringUnknownFields() {
    return new PlanJson(false, maxDocumentChars, policy);
  }

  /**
   * This one, with another limit on the size of a document read.
   *
   * @param maxChars the most characters a document may have, at least 1
   * @return the reader and writer
   */
  public PlanJson withMaxDocumentChars(long maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars: at least 1, was " + maxChars);
    }
    return new PlanJson(failOnUnknown, maxChars, policy);
  }

  /**
   * This one, but verifying the histories it reads under another policy: the one their changes were made
   * under (see {@link PlanHistory#replay(MutualActionPlan, java.util.List, PlanPolicy)}).
   *
   * @param policy the policy of the team whose histories are read
   * @return the reader and writer
   */
  public PlanJson withPolicy(PlanPolicy policy) {
    return new PlanJson(failOnUnknown, maxDocumentChars, Objects.requireNonNull(policy, "policy"));
  }

  /** The policy histories are verified under; the {@linkplain PlanPolicy#standard() standard} one unless set. */
  public PlanPolicy policy() {
    return policy;
  }

  /** Whether an unknown key fails the read; true unless {@link #ignoringUnknownFields()}. */
  public boolean failsOnUnknownFields() {
    return failOnUnknown;
  }

  /** The most characters a document read may have. */
  public long maxDocumentChars() {
    return maxDocumentChars;
  }

  // ---------------------------------------------------------------- plans

  /** Writes a plan as a {@code mutual-plan/plan} document. */
  public String write(MutualActionPlan plan) {
    return write(Documents.PLAN, Objects.requireNonNull(plan, "plan"));
  }

  /** Writes a plan as a {@code mutual-plan/plan} document to a writer, which stays open. */
  public void write(MutualActionPlan plan, Writer out) {
    write(Documents.PLAN, Objects.requireNonNull(plan, "plan"), out);
  }

  /** Writes a plan as a {@code mutual-plan/plan} document in UTF-8 to a stream, which stays open. */
  public void write(MutualActionPlan plan, OutputStream out) {
    write(Documents.PLAN, Objects.requireNonNull(plan, "plan"), out);
  }

  /**
   * Reads a {@code mutual-plan/plan} document.
   *
   * @throws PlanJsonException if the text is not such a document, or its plan is not valid
   */
  public MutualActionPlan readPlan(String json) {
    return read(Documents.PLAN, json);
  }

  /**
   * Reads a {@code mutual-plan/plan} document from a reader, to its end; the reader stays open.
   *
   * @throws PlanJsonException if the text is not such a document, or its plan is not valid
   */
  public MutualActionPlan readPlan(Reader json) {
    return read(Documents.PLAN, json);
  }

  /**
   * Reads a {@code mutual-plan/plan} document in UTF-8 from a stream, to its end; the stream stays open.
   *
   * @throws PlanJsonException if the bytes are not such a document, or its plan is not valid
   */
  public MutualActionPlan readPlan(InputStream json) {
    return read(Documents.PLAN, json);
  }

  // ---------------------------------------------------------------- histories

  /** Writes a history, its first plan and every event, as a {@code mutual-plan/history} document. */
  public String write(PlanHistory history) {
    return write(Documents.HISTORY, Objects.requireNonNull(history, "history"));
  }

  /** Writes a history as a {@code mutual-plan/history} document to a writer, which stays open. */
  public void write(PlanHistory history, Writer out) {
    write(Documents.HISTORY, Objects.requireNonNull(history, "history"), out);
  }

  /** Writes a history as a {@code mutual-plan/history} document in UTF-8 to a stream, which stays open. */
  public void write(PlanHistory history, OutputStream out) {
    write(Documents.HISTORY, Objects.requireNonNull(history, "history"), out);
  }

  /**
   * Reads a {@code mutual-plan/history} document, replaying its events from its first plan under the
   * {@linkplain #policy() policy}, which verifies every one as a live edit would.
   *
   * @throws PlanJsonException if the text is not such a document, or a live edit would refuse one of its events
   *     or would not have recorded it so; the cause is then the {@code InvalidHistoryException} naming the event
   */
  public PlanHistory readHistory(String json) {
    return read(histories, json);
  }

  /**
   * Reads a {@code mutual-plan/history} document from a reader, to its end; the reader stays open.
   *
   * @throws PlanJsonException as {@link #readHistory(String)}
   */
  public PlanHistory readHistory(Reader json) {
    return read(histories, json);
  }

  /**
   * Reads a {@code mutual-plan/history} document in UTF-8 from a stream, to its end; the stream stays open.
   *
   * @throws PlanJsonException as {@link #readHistory(String)}
   */
  public PlanHistory readHistory(InputStream json) {
    return read(histories, json);
  }

  // ---------------------------------------------------------------- events

  /** Writes an event as a {@code mutual-plan/event} document: for a message queue or a webhook. */
  public String write(PlanEvent event) {
    return write(Documents.EVENT, Objects.requireNonNull(event, "event"));
  }

  /** Writes an event as a {@code mutual-plan/event} document to a writer, which stays open. */
  public void write(PlanEvent event, Writer out) {
    write(Documents.EVENT, Objects.requireNonNull(event, "event"), out);
  }

  /** Writes an event as a {@code mutual-plan/event} document in UTF-8 to a stream, which stays open. */
  public void write(PlanEvent event, OutputStream out) {
    write(Documents.EVENT, Objects.requireNonNull(event, "event"), out);
  }

  /**
   * Reads a {@code mutual-plan/event} document.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public PlanEvent readEvent(String json) {
    return read(Documents.EVENT, json);
  }

  /**
   * Reads a {@code mutual-plan/event} document from a reader, to its end; the reader stays open.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public PlanEvent readEvent(Reader json) {
    return read(Documents.EVENT, json);
  }

  /**
   * Reads a {@code mutual-plan/event} document in UTF-8 from a stream, to its end; the stream stays open.
   *
   * @throws PlanJsonException if the bytes are not such a document
   */
  public PlanEvent readEvent(InputStream json) {
    return read(Documents.EVENT, json);
  }

  // ---------------------------------------------------------------- risk reports

  /** Writes a risk report as a {@code mutual-plan/risk-report} document. */
  public String write(RiskReport report) {
    return write(Documents.RISK_REPORT, Objects.requireNonNull(report, "report"));
  }

  /** Writes a risk report as a {@code mutual-plan/risk-report} document to a writer, which stays open. */
  public void write(RiskReport report, Writer out) {
    write(Documents.RISK_REPORT, Objects.requireNonNull(report, "report"), out);
  }

  /** Writes a risk report as a {@code mutual-plan/risk-report} document in UTF-8 to a stream, which stays open. */
  public void write(RiskReport report, OutputStream out) {
    write(Documents.RISK_REPORT, Objects.requireNonNull(report, "report"), out);
  }

  /**
   * Reads a {@code mutual-plan/risk-report} document; its health score must be the one its findings give.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public RiskReport readRiskReport(String json) {
    return read(Documents.RISK_REPORT, json);
  }

  /**
   * Reads a {@code mutual-plan/risk-report} document from a reader, to its end; the reader stays open.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public RiskReport readRiskReport(Reader json) {
    return read(Documents.RISK_REPORT, json);
  }

  /**
   * Reads a {@code mutual-plan/risk-report} document in UTF-8 from a stream, to its end; the stream stays open.
   *
   * @throws PlanJsonException if the bytes are not such a document
   */
  public RiskReport readRiskReport(InputStream json) {
    return read(Documents.RISK_REPORT, json);
  }

  // ---------------------------------------------------------------- forecasts

  /** Writes a close forecast as a {@code mutual-plan/forecast} document. */
  public String write(CloseForecast forecast) {
    return write(Documents.FORECAST, Objects.requireNonNull(forecast, "forecast"));
  }

  /** Writes a close forecast as a {@code mutual-plan/forecast} document to a writer, which stays open. */
  public void write(CloseForecast forecast, Writer out) {
    write(Documents.FORECAST, Objects.requireNonNull(forecast, "forecast"), out);
  }

  /** Writes a close forecast as a {@code mutual-plan/forecast} document in UTF-8 to a stream, which stays open. */
  public void write(CloseForecast forecast, OutputStream out) {
    write(Documents.FORECAST, Objects.requireNonNull(forecast, "forecast"), out);
  }

  /**
   * Reads a {@code mutual-plan/forecast} document.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public CloseForecast readForecast(String json) {
    return read(Documents.FORECAST, json);
  }

  /**
   * Reads a {@code mutual-plan/forecast} document from a reader, to its end; the reader stays open.
   *
   * @throws PlanJsonException if the text is not such a document
   */
  public CloseForecast readForecast(Reader json) {
    return read(Documents.FORECAST, json);
  }

  /**
   * Reads a {@code mutual-plan/forecast} document in UTF-8 from a stream, to its end; the stream stays open.
   *
   * @throws PlanJsonException if the bytes are not such a document
   */
  public CloseForecast readForecast(InputStream json) {
    return read(Documents.FORECAST, json);
  }

  // ---------------------------------------------------------------- shared

  /** Returns whether unknown keys fail, the document limit and whether the policy is the standard one. */
  @Override
  public String toString() {
    return "PlanJson{" + (failOnUnknown ? "strict" : "ignoring unknown fields") + ", maxDocumentChars="
        + maxDocumentChars + (policy == PlanPolicy.standard() ? "" : ", policy=" + policy) + "}";
  }

  private <T> String write(Documents.Kind<T> kind, T value) {
    StringWriter out = new StringWriter();
    write(kind, value, out);
    return out.toString();
  }

  private <T> void write(Documents.Kind<T> kind, T value, Writer out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> void write(Documents.Kind<T> kind, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(kind, value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void write(Documents.Kind<T> kind, T value, JsonGenerator generator) throws IOException {
    generator.setPrettyPrinter(prettyPrinter());
    Documents.write(kind, value, generator);
    generator.writeRaw('\n');
  }

  /** Two spaces a level, {@code "key": value}, one item of a list a line, and {@code \n} on every system. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private <T> T read(Documents.Kind<T> kind, Reader json) {
    Objects.requireNonNull(json, "json");
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[CHUNK];
    try {
      for (int n = json.read(chunk); n >= 0; n = json.read(chunk)) {
        text.append(chunk, 0, n);
        if (text.length() > maxDocumentChars) {
          throw tooLarge("more than " + maxDocumentChars);
        }
      }
    } catch (CharacterCodingException e) {
      throw new PlanJsonException(0, 0, "$", "the document is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(kind, text.toString());
  }

  private <T> T read(Documents.Kind<T> kind, InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(kind, new InputStreamReader(json, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  private <T> T read(Documents.Kind<T> kind, String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentChars) {
      throw tooLarge(String.valueOf(json.length()));
    }
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    JsonParser parser = null;
    try {
      parser = factory.createParser(text);
      Documents.FirstPass<T> first = Documents.read(new JsonIn(parser, failOnUnknown), kind);
      if (!first.readAgain) {
        return Objects.requireNonNull(first.content);
      }
      parser.close();
      parser = factory.createParser(text);
      return Documents.readContent(new JsonIn(parser, failOnUnknown), kind);
    } catch (JsonProcessingException e) {
      throw explain(e, parser, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
  }

  private PlanJsonException tooLarge(String chars) {
    return new PlanJsonException(0, 0, "$", "the document has " + chars + " characters; at most "
        + maxDocumentChars + " are read", null);
  }

  /** Whether the text just before an offset is the digits of a number longer than any read. */
  private static boolean withinNumber(String text, long offset) {
    if (offset <= MAX_NUMBER_LENGTH || offset > text.length()) {
      return false;
    }
    for (int i = (int) offset - MAX_NUMBER_LENGTH; i < offset; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    int before = (int) offset - MAX_NUMBER_LENGTH - 1;
    while (before >= 0 && Character.isDigit(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && text.charAt(before) == '-') {
      before--;
    }
    return before < 0 || ":[, \t\r\n".indexOf(text.charAt(before)) >= 0; // not digits within a string
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // reading from a string
      }
    }
  }

  /** A Jackson failure as a {@link PlanJsonException}: the problem, the line, the column and the path. */
  private static PlanJsonException explain(JsonProcessingException e, @Nullable JsonParser parser, String text) {
    JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    if (e instanceof JsonProblem) {
      JsonProblem problem = (JsonProblem) e;
      Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
      return new PlanJsonException(line, column, problem.path(), problem.problem(), cause);
    }
    String path = parser == null ? "$" : new JsonIn(parser, true).path();
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    message = message.replaceAll(", from `[^`]*`", "");
    message = message.contains("\n") ? message.substring(0, message.indexOf('\n')) : message;
    String problem;
    if (e instanceof StreamConstraintsException && at != null && withinNumber(text, at.getCharOffset())) {
      // Jackson reads a number as text first, so a very long one fails as a long string.
      problem = "the document is too large or too deep: a number of more than " + MAX_NUMBER_LENGTH + " digits";
    } else if (e instanceof StreamConstraintsException) {
      problem = "the document is too large or too deep: " + message;
    } else if (e instanceof JsonParseException && message.startsWith("Duplicate field '")) {
      problem = "duplicate key " + message.substring("Duplicate field ".length());
    } else {
      problem = "not valid JSON: " + message;
    }
    return new PlanJsonException(line, column, path, problem, e);
  }
}
