package io.github.mutualplan.render;

import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.Role;
import io.github.mutualplan.localization.Languages;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The labels of the documents in every language the library ships ({@link Languages}): {@code labels_xx.properties}
 * beside this class, read directly (as UTF-8) so that the JVM's default locale never changes the language. A
 * locale gets its language's labels, English when the library does not have its language.
 */
final class Labels {
  private static final ImmutableMap<Locale, Labels> BY_LANGUAGE = read();

  private final Locale locale;
  private final Properties texts;

  private Labels(Locale locale, Properties texts) {
    this.locale = locale;
    this.texts = texts;
  }

  private static ImmutableMap<Locale, Labels> read() {
    ImmutableMap.Builder<Locale, Labels> labels = ImmutableMap.builder();
    Languages.texts(Labels.class, "labels")
        .forEach((language, texts) -> labels.put(language, new Labels(language, texts)));
    return labels.build();
  }

  /** The labels of this locale's language, English when the library does not have it. */
  static Labels of(Locale locale) {
    return Objects.requireNonNull(BY_LANGUAGE.get(Languages.of(locale)));
  }

  /** The texts of one language, for tests; English's for a language the library does not have. */
  static Properties texts(String language) {
    return of(Locale.forLanguageTag(language)).texts;
  }

  /** The language the labels are in, such as {@code en} or {@code ru}. */
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
