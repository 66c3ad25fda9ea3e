package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Keys#isValid}, checked by hand, accepts exactly what its rule (as a regular expression) does. */
class KeysTest {
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  @Test
  void examples() {
    assertThat(Keys.isValid("security-review")).isTrue();
    assertThat(Keys.isValid("9.a_b-c")).isTrue();
    assertThat(Keys.isValid("k".repeat(100))).isTrue();
    assertThat(Keys.isValid("k".repeat(101))).isFalse();
    assertThat(Keys.isValid("")).isFalse();
    assertThat(Keys.isValid("-first")).isFalse();
    assertThat(Keys.isValid("bad key")).isFalse();
    assertThat(Keys.isValid("über")).isFalse();
  }

  @Test
  void everyCharacterFirstAndLaterAsTheRuleSays() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      for (String key : new String[] {String.valueOf(c), "a" + c, c + "a"}) {
        assertThat(Keys.isValid(key)).as("U+%04X in %s", (int) c, Texts.quote(key))
            .isEqualTo(RULE.matcher(key).matches());
      }
    }
  }

  @Test
  void randomKeysAsTheRuleSays() {
    SplittableRandom random = new SplittableRandom(22);
    String alphabet = "aZ09._- \u00e9/";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder key = new StringBuilder();
      int length = random.nextInt(104);
      for (int j = 0; j < length; j++) {
        key.append(alphabet.charAt(random.nextInt(random.nextInt(10) == 0 ? alphabet.length() : 7)));
      }
      String text = key.toString();
      assertThat(Keys.isValid(text)).as(text).isEqualTo(RULE.matcher(text).matches());
    }
  }
}
