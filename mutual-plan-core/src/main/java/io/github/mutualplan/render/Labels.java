package io.github.mutualplan.render;

import io.github.mutualplan.Languages;
import io.github.mutualplan.Role;
import io.github.mutualplan.localization.TextSet;
import java.util.Locale;
import java.util.Map;

/**
 * The labels of the documents in one of the languages the library ships ({@link Languages}): the
 * {@link TextSet} {@code labels_xx.properties} beside this class. A locale gets its language's labels, English
 * when the library does not have its language.
 */
final class Labels {
  private static final TextSet TEXTS = TextSet.read(Labels.class, "labels");

  private final Locale locale;
  private final int index;

  private Labels(int index) {
    this.locale = Languages.shipped().get(index);
    this.index = index;
  }

  /** The labels of this locale's language, English when the library does not have it. */
  static Labels of(Locale locale) {
    return new Labels(TextSet.language(locale.getLanguage()));
  }

  /** The texts of one language, for tests; English's for a language the library does not have. */
  static Map<String, String> texts(String language) {
    return TEXTS.texts(TextSet.language(language));
  }

  /** The language the labels are in, such as {@code en} or {@code ru}. */
  String language() {
    return locale.getLanguage();
  }

  /** The label with this key. */
  String get(String key) {
    return TEXTS.get(index, key).format(locale);
  }

  /** The label with this key, its {@code {0}} to {@code {9}} replaced by the arguments as given, in one pass. */
  String format(String key, String... arguments) {
    return TEXTS.get(index, key).format(locale, (Object[]) arguments);
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
