package io.github.mutualplan.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.testing.PlanInvariants;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link PlanJson#readForecast(java.io.InputStream)} with Jazzer, from the valid forecast documents in
 * {@code ForecastDocumentFuzzTestInputs/readForecast} (test resources).
 *
 * <p>On every input: the only exception that may escape the reader is {@link PlanJsonException}. On every input
 * it accepts: reading the same text as a string gives an equal forecast, the forecast written and read again is
 * equal, and {@link PlanInvariants#checkForecast(CloseForecast)} holds (ordered percentiles, probabilities and
 * criticalities are shares).
 */
class ForecastDocumentFuzzTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readForecast");

  @FuzzTest(maxDuration = "30s")
  void readForecast(byte[] document) {
    STATS.input();
    CloseForecast forecast;
    try {
      forecast = JSON.readForecast(JsonSource.of(new ByteArrayInputStream(document)));
    } catch (PlanJsonException refused) {
      return;
    }
    STATS.accepted("forecast");
    assertThat(JSON.readForecast(JsonSource.of(new String(document, UTF_8)))).as("the same document as a string")
        .isEqualTo(forecast);
    assertThat(JSON.readForecast(JsonSource.of(JSON.write(forecast).text()))).as("the forecast written and read again")
        .isEqualTo(forecast);
    PlanInvariants.checkForecast(forecast);
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
