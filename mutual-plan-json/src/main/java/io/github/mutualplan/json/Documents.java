package io.github.mutualplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.json.codec.Codec;
import io.github.mutualplan.json.codec.HistoryCodecs;
import io.github.mutualplan.json.codec.JsonIn;
import io.github.mutualplan.json.codec.JsonProblem;
import io.github.mutualplan.json.codec.ModelCodecs;
import io.github.mutualplan.json.codec.ReportCodecs;
import io.github.mutualplan.json.codec.Scalars;
import io.github.mutualplan.risk.RiskReport;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The documents {@link PlanJson} writes: {@code {"format": "mutual-plan/<kind>", "version": 1, "<key>": ...}},
 * the format and version first. Reading takes the three keys in any order (a database may sort them), and
 * checks the kind and the version before it reads the content.
 */
final class Documents {
  /** The version of the format this library writes, and the newest it reads. */
  static final int VERSION = 3;
  static final String PREFIX = "mutual-plan/";

  /** One kind of document. */
  static final class Kind<T> {
    final String name;
    final String key;
    final Codec<T> codec;
    final String reader;

    private Kind(String name, String key, Codec<T> codec, String reader) {
      this.name = name;
      this.key = key;
      this.codec = codec;
      this.reader = reader;
    }

    String format() {
      return PREFIX + name;
    }
  }

  static final Kind<MutualActionPlan> PLAN = new Kind<>("plan", "plan", ModelCodecs.PLAN, "readPlan");
  static final Kind<PlanHistory> HISTORY = history(PlanPolicy.standard());
  static final Kind<PlanEvent> EVENT = new Kind<>("event", "event", HistoryCodecs.EVENT, "readEvent");
  static final Kind<RiskReport> RISK_REPORT =
      new Kind<>("risk-report", "riskReport", ReportCodecs.RISK_REPORT, "readRiskReport");
  static final Kind<CloseForecast> FORECAST =
      new Kind<>("forecast", "forecast", ReportCodecs.FORECAST, "readForecast");
  private static final List<Kind<?>> KINDS = List.of(PLAN, HISTORY, EVENT, RISK_REPORT, FORECAST);

  /** What the first pass found: the content, or that it came before the format and must be read again. */
  static final class FirstPass<T> {
    final @Nullable T content;
    final boolean readAgain;

    FirstPass(@Nullable T content, boolean readAgain) {
      this.content = content;
      this.readAgain = readAgain;
    }
  }

  private Documents() {}

  /** The history documents whose events are verified under this policy. */
  static Kind<PlanHistory> history(PlanPolicy policy) {
    return new Kind<>("history", "history", HistoryCodecs.history(policy), "readHistory");
  }

  static <T> void write(Kind<T> kind, T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", kind.format());
    out.writeNumberField("version", VERSION);
    out.writeFieldName(kind.key);
    kind.codec.write(value, out);
    out.writeEndObject();
  }

  /**
   * Reads a whole document: the envelope, then the content if the format and version came before it (else
   * it is skipped, and {@link FirstPass#readAgain} says to read it with {@link #readContent}); then checks that
   * nothing follows.
   */
  static <T> FirstPass<T> read(JsonIn in, Kind<T> kind) throws IOException {
    JsonParser p = in.parser();
    String what = "a " + kind.format() + " document";
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw in.expected(what + ": an object with \"format\", \"version\" and \"" + kind.key + "\"");
    }
    JsonLocation start = p.currentTokenLocation();
    String format = null;
    Integer version = null;
    T content = null;
    boolean contentSeen = false;
    boolean readAgain = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("format")) {
        checkFirst(in, format == null, name);
        format = Scalars.TEXT.read(in);
        checkFormat(in, kind, format);
      } else if (name.equals("version")) {
        checkFirst(in, version == null, name);
        version = Scalars.INT.read(in);
        checkVersion(in, version);
      } else if (name.equals(kind.key)) {
        checkFirst(in, !contentSeen, name);
        contentSeen = true;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw in.problem("'" + kind.key + "' must not be null");
        }
        if (format != null && version != null) {
          content = kind.codec.read(in);
        } else {
          p.skipChildren();
          readAgain = true;
        }
      } else {
        in.unknownKey(name, what, List.of("format", "version", kind.key));
      }
    }
    for (String key : List.of("format", "version", kind.key)) {
      boolean missing = key.equals("format") ? format == null : key.equals("version") ? version == null : !contentSeen;
      if (missing) {
        throw JsonIn.problemAt(start, "$", "missing required key '" + key + "' of " + what, null);
      }
    }
    checkEnd(in);
    return new FirstPass<>(content, readAgain);
  }

  /** Reads only the content of a document read once already. */
  static <T> T readContent(JsonIn in, Kind<T> kind) throws IOException {
    JsonParser p = in.parser();
    p.nextToken();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(kind.key)) {
        return kind.codec.read(in);
      }
      p.skipChildren();
    }
    throw new IllegalStateException("the first pass found '" + kind.key + "'");
  }

  private static void checkFirst(JsonIn in, boolean first, String key) throws JsonProblem {
    if (!first) {
      throw in.problem("duplicate key '" + key + "'");
    }
  }

  private static void checkFormat(JsonIn in, Kind<?> kind, String format) throws JsonProblem {
    if (format.equals(kind.format())) {
      return;
    }
    for (Kind<?> other : KINDS) {
      if (format.equals(other.format())) {
        throw in.problem("expected a " + kind.format() + " document, was a " + format + " document: read it with "
            + other.reader);
      }
    }
    throw in.problem("expected \"" + kind.format() + "\", was " + JsonIn.quoted(format) + ": not a "
        + kind.format() + " document");
  }

  private static void checkVersion(JsonIn in, int version) throws JsonProblem {
    if (version > VERSION) {
      throw in.problem("written by a newer mutual-plan: version " + version + "; this one reads up to " + VERSION);
    }
    if (version < 1) {
      throw in.problem("expected a format version from 1 to " + VERSION + ", was " + version);
    }
  }

  private static void checkEnd(JsonIn in) throws IOException {
    JsonParser p = in.parser();
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (JsonParseException e) {
      throw JsonIn.problemAt(e.getLocation(), "$", "unexpected content after the end of the document", null);
    }
    if (next != null) {
      throw JsonIn.problemAt(p.currentTokenLocation(), "$", "unexpected content after the end of the document",
          null);
    }
  }
}
