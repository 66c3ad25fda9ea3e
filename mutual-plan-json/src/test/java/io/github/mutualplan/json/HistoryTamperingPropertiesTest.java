package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariant 11: a stored history is verified as it is read. Any single edit to a written history (an actor, a
 * flag, an event deleted or moved, a date, a version) is either refused on reading, or reads back to exactly the
 * history the live editor makes of the changes the document records: no edit can make a history say what no
 * live edit would have recorded.
 */
class HistoryTamperingPropertiesTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The kinds of edit. */
  enum Edit { ACTOR, MATERIAL_FLAG, DELETED_EVENT, SWAPPED_EVENTS, EVENT_TIME, DATE_IN_CHANGE, VERSION }

  /** A written history with one edit made to it. */
  static final class Tampered {
    final Edit edit;
    final String json;
    final String what;

    Tampered(Edit edit, String json, String what) {
      this.edit = edit;
      this.json = json;
      this.what = what;
    }

    @Override
    public String toString() {
      return edit + ": " + what;
    }
  }

  static Gen<Tampered> tamperedHistories() {
    return in -> {
      Draw d = Gens.draw(in);
      PlanHistory history = RoundTripPropertiesTest.histories(20).generate(in);
      while (history.events().isEmpty()) {
        history = RoundTripPropertiesTest.histories(20).generate(in);
      }
      ObjectNode document = tree(JSON.write(history).text());
      ArrayNode events = (ArrayNode) document.get("history").get("events");
      Edit edit = d.pick(List.of(Edit.values()));
      if (edit == Edit.SWAPPED_EVENTS && events.size() < 2) {
        edit = Edit.DELETED_EVENT;
      }
      int i = d.between(0, events.size() - 1);
      ObjectNode event = (ObjectNode) events.get(i);
      String what;
      switch (edit) {
        case ACTOR: {
          List<String> people = new ArrayList<>();
          history.first().stakeholders().forEach(s -> people.add(s.id().key()));
          people.add("mallory");
          people.remove(event.get("actor").asText());
          String actor = d.pick(people);
          what = "events[" + i + "].actor " + event.get("actor") + " -> " + actor;
          event.put("actor", actor);
          break;
        }
        case MATERIAL_FLAG: {
          List<Integer> applied = indexesOf(events, "change-applied");
          i = d.pick(applied);
          event = (ObjectNode) events.get(i);
          boolean flag = event.get("material").asBoolean();
          what = "events[" + i + "].material " + flag + " -> " + !flag;
          event.put("material", !flag);
          break;
        }
        case DELETED_EVENT:
          what = "events[" + i + "] deleted: " + event.get("type");
          events.remove(i);
          break;
        case SWAPPED_EVENTS: {
          int j = Math.min(i, events.size() - 2);
          JsonNode first = events.get(j);
          events.set(j, events.get(j + 1));
          events.set(j + 1, first);
          what = "events[" + j + "] and events[" + (j + 1) + "] swapped";
          break;
        }
        case EVENT_TIME: {
          Instant at = Instant.parse(event.get("at").asText()).plusSeconds(d.between(1, 30 * 86_400) * sign(d));
          what = "events[" + i + "].at " + event.get("at") + " -> " + at;
          event.put("at", at.toString());
          break;
        }
        case DATE_IN_CHANGE: {
          List<ObjectNode> owners = new ArrayList<>();
          List<String> keys = new ArrayList<>();
          for (int k : indexesOf(events, "change-applied")) {
            datesIn(events.get(k).get("change"), owners, keys);
          }
          if (owners.isEmpty()) {
            Instant at = Instant.parse(event.get("at").asText()).plusSeconds(86_400);
            what = "events[" + i + "].at moved a day (no date in any change)";
            event.put("at", at.toString());
            break;
          }
          int k = d.between(0, owners.size() - 1);
          LocalDate date = LocalDate.parse(owners.get(k).get(keys.get(k)).asText());
          LocalDate moved = date.plusDays(d.between(1, 60) * sign(d));
          what = "a change's " + keys.get(k) + " " + date + " -> " + moved;
          owners.get(k).put(keys.get(k), moved.toString());
          break;
        }
        default: {
          long version = event.get("version").asLong() + sign(d);
          what = "events[" + i + "].version " + event.get("version") + " -> " + version;
          event.put("version", version);
          break;
        }
      }
      return new Tampered(edit, document.toString(), what);
    };
  }

  @Test
  void anEditedHistoryIsRefusedOrReadsBackAsTheLiveEditorMakesIt() {
    Map<Edit, AtomicInteger> refused = new EnumMap<>(Edit.class);
    Map<Edit, AtomicInteger> accepted = new EnumMap<>(Edit.class);
    for (Edit edit : Edit.values()) {
      refused.put(edit, new AtomicInteger());
      accepted.put(edit, new AtomicInteger());
    }
    qt().withExamples(400).forAll(tamperedHistories()).checkAssert(tampered -> {
      PlanHistory read;
      try {
        read = JSON.readHistory(JsonSource.of(tampered.json));
      } catch (PlanJsonException e) {
        refused.get(tampered.edit).incrementAndGet();
        assertThat(e.getMessage()).hasSizeLessThan(2_000);
        return;
      }
      accepted.get(tampered.edit).incrementAndGet();
      PlanHistory live = PlanHistory.of(read.first());
      for (PlanEvent event : read.events()) {
        if (event instanceof PlanEvent.ChangeApplied) {
          PlanEvent.ChangeApplied applied = (PlanEvent.ChangeApplied) event;
          live = PlanEditor.standard().apply(live, applied.change(), applied.actor(), applied.at());
        }
      }
      assertThat(read.events()).as("%s", tampered).isEqualTo(live.events());
      assertThat(read.current()).isEqualTo(live.current());
    });
    // Forged permissions, flags and lost events never read back; a moved date may, as a different history.
    for (Edit edit : List.of(Edit.MATERIAL_FLAG, Edit.VERSION, Edit.SWAPPED_EVENTS)) {
      assertThat(accepted.get(edit).get()).as("%s accepted", edit).isZero();
      assertThat(refused.get(edit).get()).as("%s refused", edit).isPositive();
    }
    assertThat(refused.get(Edit.ACTOR).get()).as("actors changed and refused").isPositive();
    assertThat(accepted.get(Edit.EVENT_TIME).get() + accepted.get(Edit.DATE_IN_CHANGE).get())
        .as("dates moved and read back as another history the editor makes").isPositive();
  }

  private static int sign(Draw d) {
    return d.chance(50) ? 1 : -1;
  }

  private static List<Integer> indexesOf(ArrayNode events, String type) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).get("type").asText().equals(type)) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  /** Every key of an object (and the objects in it) whose value is a date such as 2027-03-01. */
  private static void datesIn(JsonNode node, List<ObjectNode> owners, List<String> keys) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        JsonNode value = node.get(name);
        if (value instanceof TextNode && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            LocalDate.parse(value.asText());
            owners.add((ObjectNode) node);
            keys.add(name);
          } catch (DateTimeParseException notADate) {
            // a text that only looks like one
          }
        } else {
          datesIn(value, owners, keys);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> datesIn(item, owners, keys));
    }
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
