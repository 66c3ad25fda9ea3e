package io.github.mutualplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Texts.Kind;
import io.github.mutualplan.Texts.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * How an error message quotes a value it refuses: in quotes, escaped, and cut short, so that the message can be
 * shown or logged as it is. And the problems a text can have, as {@link Texts#problem} tells them.
 */
class TextsTest {
  @Test
  void aValueIsQuotedAsItIsWhenNothingNeedsEscaping() {
    assertThat(Texts.quote("security-review")).isEqualTo("'security-review'");
    assertThat(Texts.quote("Überprüfung \uD83D\uDE80")).isEqualTo("'Überprüfung \uD83D\uDE80'");
    assertThat(Texts.quote("")).isEqualTo("''");
  }

  @Test
  void theQuoteAndTheBackslashAreEscaped() {
    assertThat(Texts.quote("it's a\\b")).isEqualTo("'it\\'s a\\\\b'");
    assertThat(Texts.quote("say \"hi\" it's", '"')).isEqualTo("\"say \\\"hi\\\" it's\"");
  }

  @Test
  void lineBreaksAndTabsReadAsEscapes() {
    assertThat(Texts.quote("one\ntwo\tthree")).isEqualTo("'one\\ntwo\\tthree'");
  }

  @Test
  void controlCharactersBidirectionalControlsAndSurrogateHalvesAreEscapedAsCodes() {
    assertThat(Texts.quote("dis\u001b[2Jcovery\r")).isEqualTo("'dis\\u001b[2Jcovery\\u000d'");
    assertThat(Texts.quote("\u007f\u0085\u2028")).isEqualTo("'\\u007f\\u0085\\u2028'");
    assertThat(Texts.quote("Northwind \u202egnirud\u2066")).isEqualTo("'Northwind \\u202egnirud\\u2066'");
    assertThat(Texts.quote("\uDE80 and \uD83D.")).isEqualTo("'\\ude80 and \\ud83d.'");
    assertThat(Texts.quote("\uD83D\uD83D\uDE80")).as("a high half before a pair")
        .isEqualTo("'\\ud83d\uD83D\uDE80'");
  }

  @Test
  void aLongValueIsCutToSixtyCharactersWithItsLength() {
    String sixty = "k".repeat(60);
    assertThat(Texts.quote(sixty)).isEqualTo("'" + sixty + "'");
    assertThat(Texts.quote(sixty + "k")).isEqualTo("'" + sixty + "'... (61 characters)");
  }

  @Test
  void theCutDoesNotSplitASurrogatePair() {
    String text = "k".repeat(59) + "\uD83D\uDE80" + "tail"; // the pair would straddle the cut

    assertThat(Texts.quote(text)).isEqualTo("'" + "k".repeat(59) + "'... (65 characters)");
  }

  @Test
  void aPairJustBeforeTheCutIsKeptWhole() {
    String text = "k".repeat(58) + "\uD83D\uDE80" + "tail";

    assertThat(Texts.quote(text)).isEqualTo("'" + "k".repeat(58) + "\uD83D\uDE80'... (64 characters)");
  }

  @Test
  void aProblemSaysWhetherTheTextIsOnlyTooLong() {
    assertThat(Texts.problem("n".repeat(201), Kind.NAME))
        .contains(new Problem(true, "has 201 characters; at most 200"));
    assertThat(Texts.problem("\u0000", Kind.TEXT)).contains(new Problem(false,
        "holds the control character U+0000 at character 1; only line breaks and tabs are allowed"));
    assertThat(Texts.problem("n".repeat(201), Kind.TEXT)).isEmpty();
  }

  @Test
  void aNumberTooLargeToPrintIsQuotedInScientificNotation() {
    assertThat(Decimals.problem(new BigDecimal("1E+1001")))
        .contains("'1E+1001' has more than 40 digits before or after the point");
    assertThat(Decimals.problem(new BigDecimal("1E-1001")))
        .contains("'1E-1001' has more than 40 digits before or after the point");
    assertThat(Decimals.problem(new BigDecimal("1E+999"))).hasValueSatisfying(problem ->
        assertThat(problem).startsWith("'1000000").contains("... (1000 characters)"));
    assertThat(Decimals.problem(new BigDecimal("1E-1000"))).hasValueSatisfying(problem ->
        assertThat(problem).startsWith("'0.000").contains("... (1002 characters)"));
    assertThat(Decimals.problem(new BigDecimal("-1E+39"))).isEmpty();
  }
}
