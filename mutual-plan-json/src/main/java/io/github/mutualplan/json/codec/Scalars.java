package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The codecs of single values: text, numbers, dates, keys, enums, and maps of them. They are immutable and safe
 * to share between threads.
 *
 * @since 0.1.0
 */
public final class Scalars {
  /** Plain decimals only: an exponent such as {@code 1e999999999} would make a huge number of a short text. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");

  /** Text, as a JSON string. */
  public static final Codec<String> TEXT = parsed("text", Function.identity(), Function.identity());

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonIn in) throws IOException {
      if (in.token() != JsonToken.VALUE_TRUE && in.token() != JsonToken.VALUE_FALSE) {
        throw in.expected("true or false");
      }
      return in.token() == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(Boolean value, JsonGenerator out) throws IOException {
      out.writeBoolean(value);
    }
  };

  /** A whole number of 64 bits. */
  public static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(JsonIn in) throws IOException {
      if (in.token() != JsonToken.VALUE_NUMBER_INT
          || in.parser().getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw in.expected("a whole number");
      }
      return in.parser().getLongValue();
    }

    @Override
    public void write(Long value, JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }
  };

  /** A whole number of 32 bits; a fraction or a bigger number is refused. */
  public static final Codec<Integer> INT = new Codec<>() {
    @Override
    public Integer read(JsonIn in) throws IOException {
      if (in.token() != JsonToken.VALUE_NUMBER_INT || in.parser().getNumberType() != JsonParser.NumberType.INT) {
        throw in.expected("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      }
      return in.parser().getIntValue();
    }

    @Override
    public void write(Integer value, JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }
  };

  /** A finite number. */
  public static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(JsonIn in) throws IOException {
      if (in.token() != JsonToken.VALUE_NUMBER_INT && in.token() != JsonToken.VALUE_NUMBER_FLOAT) {
        throw in.expected("a number");
      }
      double value = in.parser().getDoubleValue();
      if (!Double.isFinite(value)) {
        throw in.expected("a finite number");
      }
      return value;
    }

    @Override
    public void write(Double value, JsonGenerator out) throws IOException {
      out.writeNumber(value);
    }
  };

  /** A decimal as text, such as {@code "120000.00"}, keeping its scale; a plain JSON number is read too. */
  public static final Codec<BigDecimal> DECIMAL_TEXT = new Codec<>() {
    @Override
    public BigDecimal read(JsonIn in) throws IOException {
      JsonToken t = in.token();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw in.expected("a decimal number as text, like \"120000.00\"");
      }
      String text = in.parser().getText();
      if (!DECIMAL.matcher(text).matches()) {
        throw in.expected("a decimal number as text, like \"120000.00\" (at most 40 digits before and after the"
            + " point, no exponent)");
      }
      return new BigDecimal(text);
    }

    @Override
    public void write(BigDecimal value, JsonGenerator out) throws IOException {
      out.writeString(value.toPlainString());
    }
  };

  /** A day as an ISO date, {@code "2027-03-01"}. */
  public static final Codec<LocalDate> DATE = parsed("a date like 2027-03-01", LocalDate::parse, LocalDate::toString);
  /** An instant in ISO-8601, {@code "2027-03-01T09:30:00Z"}. */
  public static final Codec<Instant> INSTANT =
      parsed("an instant like 2027-03-01T09:30:00Z", Instant::parse, Instant::toString);
  /** A time zone by its id, {@code "America/Chicago"}. */
  public static final Codec<ZoneId> ZONE = parsed("a time zone like America/Chicago", ZoneId::of, ZoneId::getId);
  /** A currency by its ISO 4217 code, {@code "USD"}. */
  public static final Codec<Currency> CURRENCY =
      parsed("an ISO 4217 currency code like USD", Currency::getInstance, Currency::getCurrencyCode);

  private Scalars() {}

  /** A value as text, parsed by a function that throws on bad text. */
  public static <V> Codec<V> parsed(String expected, Function<String, V> parse, Function<V, String> format) {
    return new Codec<>() {
      @Override
      public V read(JsonIn in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.expected(expected);
        }
        try {
          return parse.apply(in.parser().getText());
        } catch (DateTimeException | IllegalArgumentException e) {
          throw in.expected(expected);
        }
      }

      @Override
      public void write(V value, JsonGenerator out) throws IOException {
        out.writeString(format.apply(value));
      }
    };
  }

  /** A typed key of the model, such as {@code CommitmentId}, as its text. */
  public static <V> Codec<V> key(String what, Function<String, V> of, Function<V, String> key) {
    return new Codec<>() {
      @Override
      public V read(JsonIn in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
          throw in.expected(what + " as text, like \"security-review\"");
        }
        try {
          return in.key(this, of);
        } catch (PlanValidationException e) {
          throw in.problem("not a valid " + what + ": " + e.violations().get(0).message(), e);
        }
      }

      @Override
      public void write(V value, JsonGenerator out) throws IOException {
        out.writeString(key.apply(value));
      }
    };
  }

  /**
   * An enum by its constant's name, such as {@code "IN_PROGRESS"}; read ignoring case. The name as written is
   * found in the parser's characters, with no string made; two constants of an enum read so must not differ in
   * case only.
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      for (int j = 0; j < i; j++) {
        if (constants[i].name().equalsIgnoreCase(constants[j].name())) {
          throw new IllegalArgumentException(type + ": " + constants[j] + " and " + constants[i]
              + " differ in case only");
        }
      }
    }
    return new Codec<>() {
      @Override
      public E read(JsonIn in) throws IOException {
        if (in.token() == JsonToken.VALUE_STRING) {
          JsonParser p = in.parser();
          char[] chars = p.getTextCharacters();
          int offset = p.getTextOffset();
          int length = p.getTextLength();
          for (E e : constants) {
            if (named(e, chars, offset, length)) {
              return e;
            }
          }
          String text = p.getText();
          for (E e : constants) {
            if (e.name().equalsIgnoreCase(text)) {
              return e;
            }
          }
        }
        throw in.expected("one of " + Arrays.toString(constants));
      }

      @Override
      public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
      }
    };
  }

  /** Whether the characters are the constant's name, as written. */
  private static boolean named(Enum<?> constant, char[] chars, int offset, int length) {
    String name = constant.name();
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** A list of values, none of them null; {@code what} names the values in a message: {@code "rules"}. */
  public static <V> Codec<List<V>> list(String what, Codec<V> items) {
    return new Codec<>() {
      @Override
      public List<V> read(JsonIn in) throws IOException {
        return readList(in, what, items);
      }

      @Override
      public void write(List<V> value, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (V item : value) {
          items.write(item, out);
        }
        out.writeEndArray();
      }
    };
  }

  /** Reads a list of values, none of them null. */
  static <V> List<V> readList(JsonIn in, String what, Codec<V> items) throws IOException {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.expected("a list");
    }
    List<V> list = new ArrayList<>();
    for (JsonToken t = in.parser().nextToken(); t != JsonToken.END_ARRAY; t = in.parser().nextToken()) {
      if (t == JsonToken.VALUE_NULL) {
        throw in.problem("a list of " + what + " holds no nulls");
      }
      list.add(items.read(in));
    }
    return list;
  }

  /** A map as a JSON object, its keys as text, in the map's order. */
  public static <K, V> Codec<Map<K, V>> map(String keyWhat, Function<String, K> parseKey, Function<K, String> formatKey,
      Codec<V> values) {
    return new Codec<>() {
      @Override
      public Map<K, V> read(JsonIn in) throws IOException {
        if (in.token() != JsonToken.START_OBJECT) {
          throw in.expected("an object of " + keyWhat + " to values");
        }
        Map<K, V> map = new LinkedHashMap<>();
        JsonParser p = in.parser();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          K key;
          try {
            key = parseKey.apply(p.currentName());
          } catch (DateTimeException | IllegalArgumentException | MutualPlanException e) {
            throw in.problem("expected " + keyWhat + " as the key, was " + JsonIn.quoted(p.currentName()), e);
          }
          p.nextToken();
          if (map.containsKey(key)) {
            throw in.problem("duplicate key " + Texts.quote(p.currentName()));
          }
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            throw in.problem("a value must not be null");
          }
          map.put(key, values.read(in));
        }
        return map;
      }

      @Override
      public void write(Map<K, V> value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<K, V> e : value.entrySet()) {
          out.writeFieldName(formatKey.apply(e.getKey()));
          values.write(e.getValue(), out);
        }
        out.writeEndObject();
      }
    };
  }
}
