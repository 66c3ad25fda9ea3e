package io.github.mutualplan.json.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.PlanValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A document's keys are made once each, found again by their characters, and never mixed up. */
class KnownKeysTest {
  private static final Object COMMITMENTS = new Object();
  private static final Object MILESTONES = new Object();

  private static <V> V get(KnownKeys keys, Object kind, String text, Function<String, V> make) {
    char[] chars = ("[" + text + "]").toCharArray(); // the key within a buffer, as the parser holds it
    return keys.get(kind, chars, 1, text.length(), make);
  }

  @Test
  void aKeyNamedAgainIsTheSameValueAndAKeyOfAnotherKindIsNot() {
    KnownKeys keys = new KnownKeys();
    CommitmentId first = get(keys, COMMITMENTS, "close", CommitmentId::of);

    assertThat(get(keys, COMMITMENTS, "close", CommitmentId::of)).isSameAs(first);
    assertThat(get(keys, MILESTONES, "close", MilestoneId::of)).isEqualTo(MilestoneId.of("close"));
    assertThat(get(keys, COMMITMENTS, "closed", CommitmentId::of)).isEqualTo(CommitmentId.of("closed"));
    assertThat(get(keys, COMMITMENTS, "clos", CommitmentId::of)).isEqualTo(CommitmentId.of("clos"));
  }

  @Test
  void everyKeyOfALargeDocumentIsKept() {
    KnownKeys keys = new KnownKeys();
    List<CommitmentId> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      made.add(get(keys, COMMITMENTS, "c" + i, CommitmentId::of));
    }
    for (int i = 0; i < 20_000; i++) {
      assertThat(get(keys, COMMITMENTS, "c" + i, CommitmentId::of)).isSameAs(made.get(i));
    }
  }

  @Test
  void aKeyThatFailsIsNotKept() {
    KnownKeys keys = new KnownKeys();
    AtomicInteger made = new AtomicInteger();
    Function<String, CommitmentId> counting = text -> {
      made.incrementAndGet();
      return CommitmentId.of(text);
    };

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> get(keys, COMMITMENTS, "bad key", counting)).isInstanceOf(PlanValidationException.class);
    }
    assertThat(made).hasValue(2);
  }

  @Test
  void keysMadeToCollideAreStillTheirOwn() {
    // "Aa" and "BB" have the same hash, so any string of them does: 2^10 keys with one hash.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 1 << 10; bits++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        key.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(key.toString());
    }
    KnownKeys keys = new KnownKeys();
    for (int round = 0; round < 2; round++) {
      for (String key : colliding) {
        assertThat(get(keys, COMMITMENTS, key, CommitmentId::of)).isEqualTo(CommitmentId.of(key));
      }
    }
  }
}
