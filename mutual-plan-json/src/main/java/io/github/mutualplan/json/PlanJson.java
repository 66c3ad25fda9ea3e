package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.risk.RiskReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes plans, histories, events, risk reports and forecasts as JSON documents, and reads them back: the
 * safe, ready way to store a plan in a database or send it over HTTP.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.standard();
 * String text = json.write(plan).text();                      // {"format": "mutual-plan/plan", "version": 1, ...}
 * MutualActionPlan again = json.readPlan(JsonSource.of(text)); // equal to plan
 *
 * try {
 *   json.readPlan(JsonSource.of(request.getInputStream()));
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
 * <p><b>One read and one write for each kind.</b> A document is read from a {@link JsonSource} (a string, a
 * reader or a stream) and written as a {@link JsonOutput}, taken as a string or bytes or written to a writer or
 * a stream.
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
 * <p>Reading and writing never close the caller's streams. Instances are immutable and safe to share between
 * threads.
 *
 * @since 0.1.0
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

  /**
   * Writes a plan as a {@code mutual-plan/plan} document.
   *
   * @param plan the plan
   * @return the document, to take as text or write to a stream
   */
  public JsonOutput write(MutualActionPlan plan) {
    return write(Documents.PLAN, Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Reads a {@code mutual-plan/plan} document.
   *
   * @param json the document
   * @return the plan
   * @throws PlanJsonException if the source is not such a document, or its plan is not valid
   */
  public MutualActionPlan readPlan(JsonSource json) {
    return read(Documents.PLAN, json);
  }

  /**
   * Writes a history, its first plan and every event as a {@code mutual-plan/history} document.
   *
   * @param history the history
   * @return the document, to take as text or write to a stream
   */
  public JsonOutput write(PlanHistory history) {
    return write(histories, Objects.requireNonNull(history, "history"));
  }

  /**
   * Reads a {@code mutual-plan/history} document, replaying its events from its first plan under the
   * {@linkplain #policy() policy}, which verifies every one as a live edit would.
   *
   * @param json the document
   * @return the history
   * @throws PlanJsonException if the source is not such a document, or a live edit would refuse one of its
   *     events or would not have recorded it so; the cause is then the {@code InvalidHistoryException} naming the
   *     event
   */
  public PlanHistory readHistory(JsonSource json) {
    return read(histories, json);
  }

  /**
   * Writes an event: for a message queue or a webhook as a {@code mutual-plan/event} document.
   *
   * @param event the event
   * @return the document, to take as text or write to a stream
   */
  public JsonOutput write(PlanEvent event) {
    return write(Documents.EVENT, Objects.requireNonNull(event, "event"));
  }

  /**
   * Reads a {@code mutual-plan/event} document.
   *
   * @param json the document
   * @return the event
   * @throws PlanJsonException if the source is not such a document
   */
  public PlanEvent readEvent(JsonSource json) {
    return read(Documents.EVENT, json);
  }

  /**
   * Writes a risk report as a {@code mutual-plan/risk-report} document.
   *
   * @param report the risk report
   * @return the document, to take as text or write to a stream
   */
  public JsonOutput write(RiskReport report) {
    return write(Documents.RISK_REPORT, Objects.requireNonNull(report, "report"));
  }

  /**
   * Reads a {@code mutual-plan/risk-report} document.
   *
   * @param json the document
   * @return the risk report
   * @throws PlanJsonException if the source is not such a document, or its health score is not the one its
   *     findings give
   */
  public RiskReport readRiskReport(JsonSource json) {
    return read(Documents.RISK_REPORT, json);
  }

  /**
   * Writes a forecast as a {@code mutual-plan/forecast} document.
   *
   * @param forecast the forecast
   * @return the document, to take as text or write to a stream
   */
  public JsonOutput write(CloseForecast forecast) {
    return write(Documents.FORECAST, Objects.requireNonNull(forecast, "forecast"));
  }

  /**
   * Reads a {@code mutual-plan/forecast} document.
   *
   * @param json the document
   * @return the forecast
   * @throws PlanJsonException if the source is not such a document
   */
  public CloseForecast readForecast(JsonSource json) {
    return read(Documents.FORECAST, json);
  }

  @Override
  public String toString() {
    return "PlanJson{" + (failOnUnknown ? "strict" : "ignoring unknown fields") + ", maxDocumentChars="
        + maxDocumentChars + (policy == PlanPolicy.standard() ? "" : ", policy=" + policy) + "}";
  }

  private <T> JsonOutput write(Documents.Kind<T> kind, T value) {
    return new JsonOutput(factory, generator -> Documents.write(kind, value, generator));
  }

  private <T> T read(Documents.Kind<T> kind, JsonSource json) {
    Objects.requireNonNull(json, "json");
    String text;
    try {
      text = json.read(maxDocumentChars);
    } catch (JsonSource.DocumentTooLarge e) {
      throw tooLarge(e.chars);
    } catch (CharacterCodingException e) {
      throw new PlanJsonException(0, 0, "$", "the document is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    int line = JsonIn.line(at);
    int column = JsonIn.column(at);
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
