package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mutualplan.MutualPlanException;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value of the model as a JSON object: its keys in the order of the model's accessors, each with its codec
 * and whether it must be there, and how to make the value from what was read. Writes absent optional values
 * and empty lists not at all, and every other value (defaults too) always. Reads no {@code null}: a key left
 * out is absent, empty or its default, but a null is refused, so that no null becomes a default.
 *
 * <p>Instances are immutable (each step makes another shape) and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class ObjectShape<T> implements Codec<T> {
  /** Whether a key must be there, and what it is when it is left out. */
  private enum Presence {
    REQUIRED("a value"),
    OPTIONAL("a value, or the key left out when there is none"),
    DEFAULTED("a value, or the key left out for the default"),
    MANY("a list, or the key left out when there are none");

    final String expected;

    Presence(String expected) {
      this.expected = expected;
    }
  }

  private static final class Key<T> {
    final String name;
    /** The key's place in its shape, and so in {@link Values#read}. */
    final int index;
    final Presence presence;
    final Codec<Object> codec;
    final Function<T, ?> getter;

    @SuppressWarnings("unchecked")
    Key(String name, int index, Presence presence, Codec<?> codec, Function<T, ?> getter) {
      this.name = name;
      this.index = index;
      this.presence = presence;
      this.codec = (Codec<Object>) codec;
      this.getter = getter;
    }
  }

  /** What was read of one object, by key. Not thread-safe: one per object read. */
  public static final class Values {
    private final ObjectShape<?> shape;
    /** The value read of each key of the shape, by the key's index; null for a key not (yet) read. */
    private final @Nullable Object[] read;

    private Values(ObjectShape<?> shape) {
      this.shape = shape;
      this.read = new Object[shape.ordered.size()];
    }

    private @Nullable Object value(String key) {
      Key<?> k = shape.key(key);
      return k == null ? null : read[k.index];
    }

    /** A key that must be there. */
    @SuppressWarnings("unchecked")
    public <V> V get(String key) {
      return (V) Objects.requireNonNull(value(key), key);
    }

    /** A key that may be missing. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(String key) {
      return Optional.ofNullable((V) value(key));
    }

    /** A list, empty when missing. */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(String key) {
      Object list = value(key);
      return list == null ? List.of() : (List<V>) list;
    }

    /**
     * Sets a value only when the document gives it: a value with a default, an optional one or a list (a builder's
     * {@code addAll}), so that nothing is set, and no {@code Optional} or empty list made, for a key left out.
     */
    @SuppressWarnings("unchecked")
    public <V> void ifPresent(String key, Consumer<V> setter) {
      Object value = value(key);
      if (value != null) {
        setter.accept((V) value);
      }
    }
  }

  /** Makes the value from what was read; may throw the model's exceptions. */
  public interface Maker<T> {
    /** The value of what was read. */
    T make(Values values);
  }

  private final String what;
  /** The keys in their order, by index. */
  private final List<Key<T>> ordered;
  /**
   * The keys by name, in open addressing: {@code byName[h]} is a key whose name's hash probes to {@code h}, or
   * null. Each key of each object read is looked up twice, as it is read and as the value is made: in a plain
   * table, with no map entry to load and no wrapper to call, and its names are literals (Jackson interns the
   * keys it reads), so a look-up mostly compares a reference.
   */
  private final @Nullable Key<?>[] byName;
  private final @Nullable Maker<T> maker;

  private ObjectShape(String what, List<Key<T>> ordered, @Nullable Maker<T> maker) {
    this.what = what;
    this.ordered = List.copyOf(ordered);
    this.byName = new Key<?>[Integer.highestOneBit(Math.max(1, ordered.size()) * 2) * 2];
    for (Key<T> key : ordered) {
      int h = slot(key.name);
      while (byName[h] != null) {
        h = (h + 1) & (byName.length - 1);
      }
      byName[h] = key;
    }
    this.maker = maker;
  }

  private int slot(String name) {
    int hash = name.hashCode();
    return (hash ^ (hash >>> 16)) & (byName.length - 1);
  }

  /** The key of this name, or null if the shape has none. */
  @SuppressWarnings("unchecked")
  private @Nullable Key<T> key(String name) {
    for (int h = slot(name); ; h = (h + 1) & (byName.length - 1)) {
      Key<?> key = byName[h];
      if (key == null || key.name.equals(name)) {
        return (Key<T>) key;
      }
    }
  }

  /**
   * Starts the shape of a kind of value.
   *
   * @param what the value, as a message names it: {@code "a commitment"}
   */
  public static <T> ObjectShape<T> of(String what) {
    return new ObjectShape<>(what, List.of(), null);
  }

  /** The value, as a message names it: {@code "a commitment"}. */
  public String what() {
    return what;
  }

  /** A key that must be there, and is always written. */
  public <V> ObjectShape<T> required(String name, Codec<V> codec, Function<T, V> getter) {
    return add(new Key<>(name, ordered.size(), Presence.REQUIRED, codec, getter));
  }

  /** A key that may be missing, written when the value is present. */
  public <V> ObjectShape<T> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
    return add(new Key<>(name, ordered.size(), Presence.OPTIONAL, codec, getter));
  }

  /** A whole number that may be missing, such as an {@code OptionalInt} of the model: written when present. */
  public ObjectShape<T> optionalInt(String name, Function<T, OptionalInt> getter) {
    return optional(name, Scalars.INT, value -> {
      OptionalInt number = getter.apply(value);
      return number.isPresent() ? Optional.of(number.getAsInt()) : Optional.empty();
    });
  }

  /** A key with a default in the model: always written, the default when missing. */
  public <V> ObjectShape<T> defaulted(String name, Codec<V> codec, Function<T, V> getter) {
    return add(new Key<>(name, ordered.size(), Presence.DEFAULTED, codec, getter));
  }

  /** A list of values, written when not empty, empty when missing. */
  public <V> ObjectShape<T> many(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter) {
    return add(new Key<>(name, ordered.size(), Presence.MANY, codec, getter));
  }

  /** The last step: how to make the value. */
  public ObjectShape<T> make(Maker<T> maker) {
    if (this.maker != null) {
      throw new IllegalStateException("the shape of " + what + " is made already");
    }
    return new ObjectShape<>(what, ordered, Objects.requireNonNull(maker, "maker"));
  }

  /** A shape is immutable, so that the shapes shared as constants cannot be changed: each step makes another. */
  private ObjectShape<T> add(Key<T> key) {
    if (maker != null) {
      throw new IllegalStateException("the shape of " + what + " is made already: no key is added after make");
    }
    if (key(key.name) != null) {
      throw new IllegalStateException("two keys named " + key.name);
    }
    List<Key<T>> more = new ArrayList<>(ordered);
    more.add(key);
    return new ObjectShape<>(what, more, null);
  }

  @Override
  public T read(JsonIn in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(what + " (an object)");
    }
    return readFields(in, in.parser().currentTokenLocation(), null, null);
  }

  /**
   * Reads the keys after the current token up to the end of the object. A type key, when given, is known: it
   * was read already if {@code typeSeen}, else it is skipped once.
   */
  public T readFields(JsonIn in, JsonLocation start, @Nullable String typeKey, @Nullable Boolean typeSeen)
      throws IOException {
    JsonParser p = in.parser();
    Values values = new Values(this);
    @Nullable Object[] read = values.read;
    boolean typeRead = Boolean.TRUE.equals(typeSeen);
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(typeKey)) {
        if (typeRead) {
          throw in.problem("duplicate key '" + name + "'");
        }
        typeRead = true;
        p.skipChildren();
        continue;
      }
      Key<T> key = key(name);
      if (key == null) {
        in.unknownKey(name, what, keyNames(typeKey));
        continue;
      }
      if (read[key.index] != null) {
        throw in.problem("duplicate key '" + name + "'");
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw in.problem("'" + name + "' of " + what + " must not be null: expected " + key.presence.expected);
      }
      read[key.index] = key.presence == Presence.MANY ? Scalars.readList(in, name, key.codec) : key.codec.read(in);
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw in.expected("a key or the end of " + what);
    }
    List<String> missing = null;
    for (int i = 0; i < ordered.size(); i++) {
      Key<T> k = ordered.get(i);
      if (k.presence == Presence.REQUIRED && read[i] == null) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(k.name);
      }
    }
    if (missing != null) {
      throw JsonIn.problemAt(start, in.path(), (missing.size() == 1 ? "missing required key '" + missing.get(0)
          + "'" : "missing required keys " + missing) + " of " + what, null);
    }
    try {
      return Objects.requireNonNull(maker, "no maker").make(values);
    } catch (MutualPlanException | IllegalArgumentException | IllegalStateException e) {
      throw JsonIn.problemAt(start, in.path(), "not a valid " + what.replaceFirst("^an? ", "") + ": "
          + explain(e), e);
    }
  }

  /** The model's reason, every violation of a validation listed. */
  private static String explain(RuntimeException e) {
    if (!(e instanceof PlanValidationException)) {
      return String.valueOf(e.getMessage());
    }
    List<Violation> violations = ((PlanValidationException) e).violations();
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    StringBuilder text = new StringBuilder().append(violations.size()).append(" violations");
    violations.forEach(v -> text.append("\n  ").append(v));
    return text.toString();
  }

  private List<String> keyNames(@Nullable String typeKey) {
    List<String> names = new ArrayList<>();
    if (typeKey != null) {
      names.add(typeKey);
    }
    ordered.forEach(key -> names.add(key.name));
    return names;
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    writeFields(value, out);
    out.writeEndObject();
  }

  /** Writes the keys, without the braces. */
  void writeFields(T value, JsonGenerator out) throws IOException {
    for (Key<T> key : ordered) {
      Object v = key.getter.apply(value);
      switch (key.presence) {
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) v;
          if (optional.isPresent()) {
            out.writeFieldName(key.name);
            key.codec.write(optional.get(), out);
          }
          break;
        case MANY:
          Collection<?> many = (Collection<?>) v;
          if (!many.isEmpty()) {
            out.writeFieldName(key.name);
            out.writeStartArray();
            for (Object item : many) {
              key.codec.write(item, out);
            }
            out.writeEndArray();
          }
          break;
        default:
          out.writeFieldName(key.name);
          key.codec.write(v, out);
      }
    }
  }
}
