package io.github.mutualplan.render;

import io.github.mutualplan.Role;
import io.github.mutualplan.localization.TextFiles;
import java.util.Locale;
import java.util.Properties;

/**
 * The labels of the documents, in English and Russian: {@code labels_en.properties} and
 * {@code labels_ru.properties} beside this class, read directly (as UTF-8) so that the JVM's default locale
 * never changes the language. Any language but Russian gets English.
 */
final class Labels {
  private static final Labels ENGLISH =
      new Labels(Locale.ENGLISH, TextFiles.read(Labels.class, "labels_en.properties"));
  private static final Labels RUSSIAN =
      new Labels(new Locale("ru"), TextFiles.read(Labels.class, "labels_ru.properties"));

  private final Locale locale;
  private final Properties texts;

  private Labels(Locale locale, Properties texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /** The labels of this locale's language, English unless it is Russian. */
  static Labels of(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
  }

  /** The texts of one language, for tests. */
  static Properties texts(String language) {
    return (language.equals("ru") ? RUSSIAN : ENGLISH).texts;
  }

  /** The language the labels are in: {@code en} or {@code ru}. */
  String language() {
    return locale.getLanguage();
  }

  /** The label with this key. */
  String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no label '" + key + "' in " + locale);
    }
    return text;
  }

  /**
   * The label with this key, its {@code {0}} to {@code {9}} replaced by the arguments as given, in one pass
   * (an argument that holds {@code {1}} stays as it is).
   */
  String format(String key, String... arguments) {
    String pattern = get(key);
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
          && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 1) - '0' < arguments.length) {
        text.append(arguments[pattern.charAt(i + 1) - '0']);
        i += 2;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
  String of(Enum<?> value) {
    return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /** The label of a standard role, or the key of any other. */
  String of(Role role) {
    return role.isStandard() ? get("Role." + role.key()) : role.key();
  }
}
