package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mutualplan.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sealed family of the model as JSON objects told apart by our own names, never a class name, so that nothing
 * but the listed types is ever made. Two forms: {@linkplain #of typed}, a {@code "type"} key among the member's
 * own, such as {@code {"type": "reschedule-commitment", "commitment": "demo", ...}}; and {@linkplain #wrapped
 * wrapped}, an object with one key naming the member around the member's object, such as
 * {@code {"scaleDurations": {"factor": 1.5}}}.
 *
 * <p>Instances are immutable (each member added makes another union) and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Union<T> implements Codec<T> {
  /** The key that names a member of a typed family. */
  public static final String TYPE = "type";

  private static final class Member<T> {
    final String name;
    final Class<? extends T> type;
    final ObjectShape<T> shape;

    Member(String name, Class<? extends T> type, ObjectShape<T> shape) {
      this.name = name;
      this.type = type;
      this.shape = shape;
    }
  }

  private final String what;
  private final boolean wrapped;
  private final Map<String, Member<T>> byName;

  private Union(String what, boolean wrapped, Map<String, Member<T>> byName) {
    this.what = what;
    this.wrapped = wrapped;
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * Starts a family told apart by a {@code "type"} key.
   *
   * @param what a member, as a message names it: {@code "a plan change"}
   */
  public static <T> Union<T> of(String what) {
    return new Union<>(what, false, new LinkedHashMap<>());
  }

  /**
   * Starts a family whose members are each wrapped in an object with one key, the member's name.
   *
   * @param what a member, as a message names it: {@code "an operation"}
   */
  public static <T> Union<T> wrapped(String what) {
    return new Union<>(what, true, new LinkedHashMap<>());
  }

  /**
   * The family with one more member, its type name and shape. A family is immutable, so that the families shared
   * as constants cannot be changed: each step makes another.
   */
  @SuppressWarnings("unchecked")
  public <S extends T> Union<T> with(String name, Class<S> type, ObjectShape<S> shape) {
    Map<String, Member<T>> more = new LinkedHashMap<>(byName);
    if (more.put(name, new Member<>(name, type, (ObjectShape<T>) shape)) != null) {
      throw new IllegalStateException("two members named " + name);
    }
    return new Union<>(what, wrapped, more);
  }

  /** The type names, in the order added. */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }

  /** The type name of a member class, or {@code null} if it has none. */
  public @Nullable String nameOf(Class<?> type) {
    for (Member<T> m : byName.values()) {
      if (m.type.isAssignableFrom(type)) {
        return m.name;
      }
    }
    return null;
  }

  /**
   * Reads a member. Its {@code "type"} may come anywhere in the object: when it comes first, as written, the
   * object is read as it streams by; else from a copy of the object, once the type is known.
   */
  @Override
  public T read(JsonIn in) throws IOException {
    if (wrapped) {
      return readWrapped(in);
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(what + " (an object with a \"type\")");
    }
    JsonParser p = in.parser();
    JsonLocation start = p.currentTokenLocation();
    String path = in.path();
    if (p.nextToken() == JsonToken.FIELD_NAME && TYPE.equals(p.currentName())) {
      p.nextToken();
      return member(in).shape.readFields(in, start, TYPE, true);
    }
    JsonIn copy = in.copyOfObject(start, path);
    JsonParser c = copy.parser();
    for (JsonToken t = c.nextToken(); t == JsonToken.FIELD_NAME; t = c.nextToken()) {
      String name = c.currentName();
      c.nextToken();
      if (TYPE.equals(name)) {
        return member(copy).shape.readFields(copy.again(), start, TYPE, false);
      }
      c.skipChildren();
    }
    throw JsonIn.problemAt(start, path, "missing required key 'type' of " + what + ": one of " + names(), null);
  }

  private T readWrapped(JsonIn in) throws IOException {
    String expected = "one key naming " + what + ", one of " + names();
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(what + " (an object with " + expected + ")");
    }
    JsonParser p = in.parser();
    JsonLocation start = p.currentTokenLocation();
    String path = in.path();
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      throw JsonIn.problemAt(start, path, "expected " + expected + ", was an empty object", null);
    }
    String name = p.currentName();
    Member<T> member = byName.get(name);
    if (member == null) {
      throw JsonIn.problemAt(start, path, "unknown " + what.replaceFirst("^an? ", "") + " " + Texts.quote(name)
          + JsonIn.nearest(name, byName.keySet()).map(k -> "; did you mean '" + k + "'?")
              .orElse("; expected one of " + names()), null);
    }
    p.nextToken();
    T value = member.shape.read(in);
    if (p.nextToken() != JsonToken.END_OBJECT) {
      throw JsonIn.problemAt(start, path, "expected " + expected + ", was a second key " + Texts.quote(
          p.currentName() == null ? "" : p.currentName()), null);
    }
    return value;
  }

  private Member<T> member(JsonIn in) throws IOException {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.expected("the type of " + what + " as text, one of " + names());
    }
    Member<T> member = byName.get(in.parser().getText());
    if (member == null) {
      throw in.problem("unknown type " + in.describe() + " of " + what + "; expected one of " + names());
    }
    return member;
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    for (Member<T> m : byName.values()) {
      if (m.type.isInstance(value)) {
        out.writeStartObject();
        if (wrapped) {
          out.writeFieldName(m.name);
          m.shape.write(value, out);
        } else {
          out.writeStringField(TYPE, m.name);
          m.shape.writeFields(value, out);
        }
        out.writeEndObject();
        return;
      }
    }
    throw new IllegalArgumentException("no JSON type name for " + value.getClass().getName());
  }
}
