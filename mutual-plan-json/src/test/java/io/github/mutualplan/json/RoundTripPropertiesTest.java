package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.codec.HistoryCodecs;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.testing.ChangeSamplers;
import io.github.mutualplan.testing.Draw;
import io.github.mutualplan.testing.quicktheories.Gens;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariant 8: everything written reads back equal; a history read back replays to the same plan. */
class RoundTripPropertiesTest {
  private static final PlanJson JSON = PlanJson.standard();
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  /** Histories built by applying random changes by random people with the standard editor. */
  static Gen<PlanHistory> histories(int maxSteps) {
    return in -> {
      Draw d = Gens.draw(in);
      PlanHistory history = PlanHistory.of(Gens.plans(30).generate(in));
      Instant at = START;
      for (int n = d.between(0, maxSteps); n > 0; n--) {
        PlanChange change = ChangeSamplers.change(d, history.current());
        StakeholderId actor = ChangeSamplers.actor(d, history.current(), change);
        at = at.plusSeconds(d.between(1, 86_400));
        try {
          history = PlanEditor.standard().apply(history, change, actor, at);
        } catch (ChangeRejectedException refused) {
          // Only the changes that apply make the history.
        }
      }
      return history;
    };
  }

  @Test
  void everyPlanReadsBackEqual() {
    qt().withExamples(200).forAll(Gens.plans()).checkAssert(plan -> {
      String json = JSON.write(plan).text();
      assertThat(JSON.readPlan(JsonSource.of(json))).isEqualTo(plan);
      assertThat(JSON.write(JSON.readPlan(JsonSource.of(json))).text()).isEqualTo(json);
    });
  }

  @Test
  void everyHistoryReadsBackEqualAndReplaysToTheSamePlan() {
    qt().withExamples(150).forAll(histories(25)).checkAssert(history -> {
      PlanHistory read = JSON.readHistory(JsonSource.of(JSON.write(history).text()));
      assertThat(read).isEqualTo(history);
      assertThat(read.current()).isEqualTo(history.current());
      history.events().forEach(event -> assertThat(JSON.readEvent(JsonSource.of(JSON.write(event).text())))
          .isEqualTo(event));
    });
  }

  @Test
  void everyChangeReadsBackEqualAndEveryKindIsSeen() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    qt().withExamples(1000).forAll(changes()).checkAssert(change -> {
      PlanEvent event = PlanEvent.changeApplied(2, START, StakeholderId.of("alex"), change, true);
      assertThat(JSON.readEvent(JsonSource.of(JSON.write(event).text()))).isEqualTo(event);
      seen.add(HistoryCodecs.CHANGE.nameOf(change.getClass()));
    });
    assertThat(seen).containsExactlyInAnyOrderElementsOf(HistoryCodecs.CHANGE.names());
  }

  @Test
  void everyKindOfChangeHasItsOwnTypeName() {
    List<Class<?>> kinds = changeKinds();
    assertThat(kinds).hasSize(31);
    Set<String> names = new TreeSet<>();
    for (Class<?> kind : kinds) {
      String name = HistoryCodecs.CHANGE.nameOf(kind);
      assertThat(name).as(kind.getSimpleName()).isNotNull().matches("[a-z]+(-[a-z]+)*");
      names.add(name);
    }
    assertThat(names).hasSize(31).containsExactlyInAnyOrderElementsOf(HistoryCodecs.CHANGE.names());
    assertThat(HistoryCodecs.EVENT.names()).containsExactly("change-applied", "sign-offs-went-stale", "plan-agreed");
    Arrays.stream(PlanEvent.class.getPermittedSubclasses())
        .forEach(kind -> assertThat(HistoryCodecs.EVENT.nameOf(kind)).as(kind.getSimpleName()).isNotNull());
  }

  @Test
  void riskReportsAndForecastsReadBackEqual() {
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(200));
    qt().withExamples(100).forAll(Gens.plans(60)).checkAssert(plan -> {
      RiskReport report = RiskAssessor.standard().assess(plan, plan.start().plusDays(45));
      assertThat(JSON.readRiskReport(JsonSource.of(JSON.write(report).text()))).isEqualTo(report);
      CloseForecast forecast = forecaster.forecast(plan);
      assertThat(JSON.readForecast(JsonSource.of(JSON.write(forecast).text()))).isEqualTo(forecast);
    });
  }

  @Test
  void theModuleInYourOwnMapperRoundTripsToo() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new MutualPlanModule()).build();
    qt().withExamples(50).forAll(histories(15)).checkAssert(history -> {
      try {
        assertThat(mapper.readValue(mapper.writeValueAsString(history), PlanHistory.class)).isEqualTo(history);
        MutualActionPlan plan = history.current();
        assertThat(mapper.readValue(mapper.writeValueAsBytes(plan), MutualActionPlan.class)).isEqualTo(plan);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Changes of every kind, to plans of every kind. */
  private static Gen<PlanChange> changes() {
    return in -> ChangeSamplers.change(Gens.draw(in), Gens.plans(20).generate(in));
  }

  /** The concrete kinds of change: PlanChange's permitted subclasses, and those of the abstract ones among them. */
  static List<Class<?>> changeKinds() {
    List<Class<?>> kinds = new ArrayList<>();
    for (Class<?> permitted : PlanChange.class.getPermittedSubclasses()) {
      if (Modifier.isPublic(permitted.getModifiers())) {
        kinds.add(permitted);
      } else {
        kinds.addAll(Arrays.stream(PlanChange.class.getDeclaredClasses())
            .filter(c -> Modifier.isPublic(c.getModifiers()) && permitted.isAssignableFrom(c) && c != permitted)
            .collect(Collectors.toList()));
      }
    }
    return kinds;
  }
}
