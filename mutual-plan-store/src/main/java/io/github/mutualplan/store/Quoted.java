package io.github.mutualplan.store;

/** A value from outside in a message: quoted, escaped, cut short. */
final class Quoted {
  private static final int LONGEST = 60;

  private Quoted() {}

  static String of(String value) {
    StringBuilder text = new StringBuilder("\"");
    int end = Math.min(value.length(), LONGEST);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        text.append(String.format("\\u%04x", (int) c));
      } else {
        text.append(c);
      }
    }
    text.append('"');
    if (value.length() > LONGEST) {
      text.append(" (cut short; ").append(value.length()).append(" characters)");
    }
    return text.toString();
  }
}
