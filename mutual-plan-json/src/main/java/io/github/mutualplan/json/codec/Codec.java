package io.github.mutualplan.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Reads and writes one kind of value; the reader starts on the value's first token and ends on its last.
 * Implementations are immutable and safe to share between threads: one codec serves every document.
 *
 * @since 0.1.0
 */
public interface Codec<V> {
  /** Reads a value, from its first token to its last. */
  V read(JsonIn in) throws IOException;

  /** Writes a value. */
  void write(V value, JsonGenerator out) throws IOException;
}
