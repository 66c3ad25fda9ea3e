package io.github.mutualplan.json.codec;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The keys of the model a document has named so far (commitment ids, stakeholder ids ...), each made once and
 * found again by its characters as the parser holds them, with no string made for it again. Open addressing over
 * a hash of the characters, at most half full. A key is looked for at most {@value #MAX_PROBES} slots after where
 * its hash points: one that finds no room there makes the table larger, unless it has {@value #MAX_ROOM} slots a
 * key already, and then it is not kept but made each time, so that keys made to collide cost no more than keys
 * not kept at all. Not thread-safe: one per document read.
 */
final class KnownKeys {
  private static final int MAX_PROBES = 16;
  private static final int MAX_ROOM = 8;
  private static final int FIRST_CAPACITY = 64;

  private int[] hashes = new int[0];
  private @Nullable Object[] kinds = new Object[0];
  private @Nullable String[] texts = new String[0];
  private @Nullable Object[] values = new Object[0];
  private int size;

  /**
   * The value of a key read before, or the value made of it now.
   *
   * @param kind what the key is, compared by identity: keys of two kinds never share a value
   * @param chars the characters holding the key, {@code length} of them from {@code offset}
   * @param make makes the value of a key not read before; may throw, and then nothing is kept
   */
  @SuppressWarnings("unchecked")
  <V> V get(Object kind, char[] chars, int offset, int length, Function<String, V> make) {
    if (texts.length == 0) {
      resize(FIRST_CAPACITY);
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    int free = -1;
    int mask = texts.length - 1;
    for (int probe = 0, h = spread(hash) & mask; probe <= MAX_PROBES; probe++, h = (h + 1) & mask) {
      String text = texts[h];
      if (text == null) {
        free = h;
        break;
      }
      if (hashes[h] == hash && kinds[h] == kind && same(text, chars, offset, length)) {
        return (V) values[h];
      }
    }
    String text = new String(chars, offset, length);
    V value = make.apply(text);
    if (free < 0 && texts.length < MAX_ROOM * size) {
      resize(texts.length * 2);
      free = free(hash);
    }
    if (free >= 0) {
      store(free, hash, kind, text, value);
      if (size * 2 > texts.length) {
        resize(texts.length * 2);
      }
    }
    return value;
  }

  /** The first free slot from where the hash points, if one is near enough; else -1. */
  private int free(int hash) {
    int mask = texts.length - 1;
    for (int probe = 0, h = spread(hash) & mask; probe <= MAX_PROBES; probe++, h = (h + 1) & mask) {
      if (texts[h] == null) {
        return h;
      }
    }
    return -1;
  }

  /** Mixes a hash into all its bits: keys such as {@code c100}, {@code c101} ... differ in their last ones only. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static boolean same(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void store(int slot, int hash, Object kind, String text, Object value) {
    hashes[slot] = hash;
    kinds[slot] = kind;
    texts[slot] = text;
    values[slot] = value;
    size++;
  }

  /** A table of this many slots, with the keys kept so far that find room near where their hashes point. */
  private void resize(int capacity) {
    int[] oldHashes = hashes;
    Object[] oldKinds = kinds;
    String[] oldTexts = texts;
    Object[] oldValues = values;
    hashes = new int[capacity];
    kinds = new Object[capacity];
    texts = new String[capacity];
    values = new Object[capacity];
    size = 0;
    for (int i = 0; i < oldTexts.length; i++) {
      int free = oldTexts[i] == null ? -1 : free(oldHashes[i]);
      if (free >= 0) {
        store(free, oldHashes[i], oldKinds[i], oldTexts[i], oldValues[i]);
      }
    }
  }
}
