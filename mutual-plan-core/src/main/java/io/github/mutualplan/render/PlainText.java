package io.github.mutualplan.render;

import java.util.function.Function;

/** The plan's texts made safe for a format: what the built-in writers escape with. */
final class PlainText {
  private PlainText() {}

  /**
   * The text without the characters no format can carry: controls other than tab, line feed and carriage
   * return, unpaired surrogates, and U+FFFE and U+FFFF (none of which XML 1.0 allows).
   */
  static String printable(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (clean != null) {
            clean.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            && c != 0xFFFE && c != 0xFFFF && (c < 0x7F || c > 0x9F);
      }
      if (!ok && clean == null) {
        clean = new StringBuilder(text.length()).append(text, 0, i);
      } else if (ok && clean != null) {
        clean.append(c);
      }
    }
    return clean == null ? text : clean.toString();
  }

  /**
   * The {@linkplain #printable printable} text with its line breaks (CRLF, CR, LF) as LF, each character
   * replaced by what {@code replacement} gives for it, or kept where that is null.
   */
  static String escape(String text, Function<Character, String> replacement) {
    String clean = printable(text).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      String replaced = replacement.apply(c);
      if (replaced == null) {
        out.append(c);
      } else {
        out.append(replaced);
      }
    }
    return out.toString();
  }
}
