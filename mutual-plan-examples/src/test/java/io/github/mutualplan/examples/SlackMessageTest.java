package io.github.mutualplan.examples;

import static io.github.mutualplan.examples.Deals.SCHEDULER;
import static io.github.mutualplan.examples.FlagshipExample.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.PlanRenderer;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.schedule.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A format of one's own: the flagship deal's open steps as a Slack message, for the buyer's channel. */
class SlackMessageTest {
  static final MutualActionPlan PLAN = FlagshipExample.progressTo(Deals.northwind().plan(), AS_OF, true).current();
  static final PlanRenderer SLACK = PlanRenderer.of(RenderOptions.defaults(), new SlackMessage());

  @Test
  void theBuyersMessageListsTheOpenSharedStepsWithTheSchedulesDatesAndFlagsTheLatePledge() {
    String message = SLACK.render(PLAN, AS_OF);
    Schedule schedule = SCHEDULER.schedule(PLAN, AS_OF);

    List<String> lines = message.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("*" + PLAN.title() + "*");
    assertThat(lines.get(1)).isEqualTo("Target close: " + PLAN.targetClose() + ", projected close: "
        + schedule.projectedClose() + " (as of 2027-07-12)");
    // A line per open shared step, in the plan's order, with its person and its scheduled finish; a step the
    // schedule finishes after its due date is flagged, with the date it was due.
    List<Commitment> open = PLAN.commitments().stream()
        .filter(c -> c.visibility() == Visibility.SHARED && c.status().isPending()).collect(Collectors.toList());
    assertThat(lines).hasSize(2 + open.size());
    for (int i = 0; i < open.size(); i++) {
      Commitment c = open.get(i);
      String person = PLAN.stakeholder(c.accountable().orElseThrow()).orElseThrow().name();
      LocalDate finish = schedule.commitment(c.id()).orElseThrow().earlyFinish();
      boolean late = c.due().filter(finish::isAfter).isPresent();
      assertThat(lines.get(2 + i)).isEqualTo((late ? ":warning: " : ":white_small_square: ") + c.title() + " \u2013 "
          + person + ", " + finish + (late ? " (Due: " + c.due().orElseThrow() + ")" : ""));
    }
    // The buyer's first pledge, started and never finished, is overdue: it is flagged.
    Commitment overdue = open.stream().filter(c -> c.due().filter(AS_OF::isAfter).isPresent()).findFirst()
        .orElseThrow();
    assertThat(overdue.owingSide()).isEqualTo(Side.BUYER);
    assertThat(lines).anyMatch(line -> line.startsWith(":warning: " + overdue.title() + " \u2013 "));
    // Nothing internal reaches the buyer, and nothing done is left to do.
    assertThat(PLAN.commitments()).anyMatch(c -> c.visibility() == Visibility.INTERNAL);
    PLAN.commitments().stream().filter(c -> c.visibility() == Visibility.INTERNAL || !c.status().isPending())
        .forEach(c -> assertThat(message).doesNotContain(c.title() + " \u2013 "));
  }

  @Test
  void theTeamsMessageInRussianHasTheInternalStepsToo() {
    MutualActionPlan planned = Deals.northwind().plan();
    String message = PlanRenderer.of(RenderOptions.defaults().withAudience(Audience.INTERNAL)
        .withLocale(new Locale("ru")), new SlackMessage()).render(planned);

    List<String> lines = message.lines().collect(Collectors.toList());
    assertThat(lines.get(1)).isEqualTo("Целевая дата закрытия: " + planned.targetClose() + ", прогноз закрытия: "
        + SCHEDULER.schedule(planned).projectedClose());
    assertThat(lines).hasSize(2 + planned.commitments().size());
    Commitment internal = planned.commitments().stream().filter(c -> c.visibility() == Visibility.INTERNAL)
        .findFirst().orElseThrow();
    assertThat(lines).anyMatch(line -> line.contains(internal.title() + " \u2013 "));
  }

  @Test
  void slackMarkupInThePlansTextsIsShownAsText() {
    assertThat(SlackMessage.text("<!channel> R&D <https://x|y>"))
        .isEqualTo("&lt;!channel&gt; R&amp;D &lt;https://x|y&gt;");
  }

  @Test
  void theWholeFormatIsUnderFortyLines() throws IOException {
    Path source = Path.of("src/main/java/io/github/mutualplan/examples/SlackMessage.java");

    assertThat(Files.readAllLines(source)).hasSizeLessThan(40);
  }
}
