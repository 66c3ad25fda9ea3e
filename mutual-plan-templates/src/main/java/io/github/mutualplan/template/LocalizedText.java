package io.github.mutualplan.template;

import io.github.mutualplan.Languages;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A text in one or more languages, by language code ({@code en}, {@code ru}). In a template file, either a
 * plain string (English) or a map: {@code title: {en: Security review, ru: Проверка безопасности}}.
 *
 * <p>{@link #in(Locale)} finds its language by the library's one rule ({@link Languages#choose}): the locale's
 * language when the text has it, else English, else the first language the text has.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class LocalizedText {
  /** The language every text falls back to. */
  public static final String ENGLISH = "en";

  LocalizedText() {}

  /**
   * A text in English only.
   *
   * @param english the text
   * @return the localized text
   */
  public static LocalizedText of(String english) {
    return of(Map.of(ENGLISH, english));
  }

  /**
   * A text in these languages.
   *
   * @param byLanguage the text by lower-case language code, at least one, none blank
   * @return the localized text
   * @throws TemplateValidationException if there is no text, a language code is not one or a text is blank
   */
  public static LocalizedText of(Map<String, ? extends String> byLanguage) {
    return ImmutableLocalizedText.of(byLanguage);
  }

  /** The text by language code. */
  @Value.Parameter
  public abstract Map<String, String> byLanguage();

  @Value.Check
  final void check() {
    if (byLanguage().isEmpty()) {
      throw new TemplateValidationException(PlanRule.VALID_VALUES, "text", "needs at least one language");
    }
    byLanguage().forEach((language, text) -> {
      if (!language.matches("[a-z]{2,3}")) {
        throw new TemplateValidationException(PlanRule.VALID_VALUES, "text", Texts.quote(language)
            + " is not a language code such as en or ru");
      }
      Texts.problem(text, Texts.Kind.TEXT).ifPresent(problem -> {
        throw new TemplateValidationException(problem.overLimit() ? PlanRule.WITHIN_LIMITS : PlanRule.VALID_VALUES,
            "text." + language, problem.message());
      });
    });
  }

  /** The text in this locale's language, else in English, else in the first language it has. */
  public final String in(Locale locale) {
    return Objects.requireNonNull(byLanguage().get(Languages.choose(locale, byLanguage().keySet())));
  }

  /** Whether the text has this language. */
  public final boolean has(String language) {
    return byLanguage().containsKey(Objects.requireNonNull(language, "language"));
  }

  /** Returns the English text, or the first. */
  @Override
  public final String toString() {
    return in(Locale.ENGLISH);
  }
}
