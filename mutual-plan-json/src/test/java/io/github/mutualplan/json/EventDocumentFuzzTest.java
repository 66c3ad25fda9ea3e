package io.github.mutualplan.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.Edit;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.testing.PlanInvariants;
import io.github.mutualplan.testing.SamplePlans;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@link PlanJson#readEvent(java.io.InputStream)} with Jazzer, from the valid event documents in
 * {@code EventDocumentFuzzTestInputs/readEvent} (test resources).
 *
 * <p>On every input: the only exception that may escape the reader is {@link PlanJsonException}. On every input
 * it accepts: reading the same text as a string gives an equal event, and the event written and read again is
 * equal. An event is no plan, so to reach the services with what it carries, the change of an accepted
 * {@code change-applied} event is applied, by the event's actor at the event's time, to the sample healthcare
 * plan (closing) and to the rich shared plan of {@link UntrustedDocumentsTest#richPlan()}: the editor either
 * refuses it with a {@link ChangeRejectedException} (documented) or makes a plan that passes
 * {@link PlanInvariants#check(MutualActionPlan, PlanInvariants.Stats)}.
 */
class EventDocumentFuzzTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final PlanInvariants.Stats STATS = new PlanInvariants.Stats("readEvent");
  private static final List<MutualActionPlan> PLANS =
      List.of(SamplePlans.healthcareClosingPlan().build(), UntrustedDocumentsTest.richPlan());

  @FuzzTest(maxDuration = "30s")
  void readEvent(byte[] document) {
    STATS.input();
    PlanEvent event;
    try {
      event = JSON.readEvent(JsonSource.of(new ByteArrayInputStream(document)));
    } catch (PlanJsonException refused) {
      return;
    }
    STATS.accepted("event");
    assertThat(JSON.readEvent(JsonSource.of(new String(document, UTF_8))))
        .as("the same document as a string").isEqualTo(event);
    assertThat(JSON.readEvent(JsonSource.of(JSON.write(event).text())))
        .as("the event written and read again").isEqualTo(event);
    assertThat(event.toString()).isNotEmpty();
    if (event instanceof PlanEvent.ChangeApplied applied) {
      for (MutualActionPlan plan : PLANS) {
        Edit edit;
        try {
          edit = PlanEditor.standard().apply(plan, applied.change(), event.actor(), event.at());
        } catch (ChangeRejectedException refused) {
          STATS.documented(refused.getClass().getSimpleName() + " from PlanEditor.apply");
          continue;
        }
        PlanInvariants.check(edit.plan(), STATS);
      }
    }
  }

  @AfterAll
  static void summary() {
    STATS.print();
  }
}
