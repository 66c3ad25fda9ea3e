package io.github.mutualplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanDiff;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.history.PlanPolicy;
import io.github.mutualplan.testing.SamplePlans;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jackson finds the module by itself: {@code findAndRegisterModules()} registers it as a service, and the mapper
 * then writes and reads the model as one with the module added by hand.
 */
class ModuleDiscoveryTest {
  private static final MutualActionPlan PLAN = SamplePlans.healthcareSharedPlan();
  private static final Stakeholder MARIA = PLAN.stakeholder(SamplePlans.MARIA_OPS).orElseThrow();
  private static final ObjectMapper BY_HAND = JsonMapper.builder().addModule(new MutualPlanModule()).build();

  @Test
  void aPlainMapperFindsTheModule() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    ObjectMapper built = JsonMapper.builder().findAndAddModules().build();

    for (ObjectMapper mapper : List.of(found, built)) {
      assertThat(mapper.getRegisteredModuleIds()).contains("mutual-plan");
      String stakeholder = mapper.writeValueAsString(MARIA);
      assertThat(stakeholder).isEqualTo(BY_HAND.writeValueAsString(MARIA))
          .startsWith("{\"id\":\"maria-lopez\",\"side\":\"BUYER\",\"name\":\"Maria Lopez\"");
      assertThat(mapper.readValue(stakeholder, Stakeholder.class)).isEqualTo(MARIA);
      String plan = mapper.writeValueAsString(PLAN);
      assertThat(plan).isEqualTo(BY_HAND.writeValueAsString(PLAN));
      assertThat(mapper.readValue(plan, MutualActionPlan.class)).isEqualTo(PLAN);
      assertThat(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of(CommitmentId.of("legal"), PLAN)))
          .isEqualTo(BY_HAND.writerWithDefaultPrettyPrinter()
              .writeValueAsString(Map.of(CommitmentId.of("legal"), PLAN)));
    }
  }

  @Test
  void withoutTheModuleJacksonKnowsNothingOfTheModel() {
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(MARIA))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("No serializer found");
  }

  @Test
  void theClassPathFindsItThroughMetaInfServices() throws Exception {
    try (InputStream services = ClassLoader.getSystemResourceAsStream(
        "META-INF/services/" + Module.class.getName())) {
      assertThat(services).isNotNull();
      assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(MutualPlanModule.class.getName() + "\n");
    }
  }

  /** A module of one name is registered once, and the first stays: a team's own policy goes first. */
  @Test
  void aModuleWithYourPolicyGoesBeforeTheOneFound() throws Exception {
    PlanPolicy everyChangeMaterial = new PlanPolicy() {
      @Override
      public List<String> refusals(MutualActionPlan plan, PlanChange change, Stakeholder actor) {
        return PlanPolicy.standard().refusals(plan, change, actor);
      }

      @Override
      public boolean isMaterial(PlanDiff diff) {
        return !diff.isEmpty();
      }

      @Override
      public List<String> missingForSharing(MutualActionPlan plan) {
        return PlanPolicy.standard().missingForSharing(plan);
      }
    };
    PlanEditor editor = PlanEditor.standard().withPolicy(everyChangeMaterial);
    Instant at = Instant.parse("2027-01-12T09:00:00Z");
    PlanHistory history = editor.apply(SamplePlans.agreedHistory(editor, at),
        PlanChange.noteCommitment(CommitmentId.of("discovery"), "Agenda sent"), SamplePlans.ALEX_AE,
        at.plusSeconds(20_000));
    String json = BY_HAND.writeValueAsString(history);

    ObjectMapper yoursFirst = JsonMapper.builder().addModule(new MutualPlanModule(everyChangeMaterial))
        .findAndAddModules().build();
    ObjectMapper foundFirst = JsonMapper.builder().findAndAddModules()
        .addModule(new MutualPlanModule(everyChangeMaterial)).build();

    assertThat(yoursFirst.readValue(json, PlanHistory.class)).isEqualTo(history);
    assertThatThrownBy(() -> foundFirst.readValue(json, PlanHistory.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("the event says the change is material, but under the policy it is not");
  }
}
