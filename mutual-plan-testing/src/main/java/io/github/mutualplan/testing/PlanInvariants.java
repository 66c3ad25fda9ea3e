package io.github.mutualplan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.Visibility;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.ScheduleException;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What must hold of every plan that untrusted input was accepted as (a JSON document, a history, a template or
 * rule file), checked by the fuzz tests of the modules that read them: the plan is valid (it rebuilds to an equal
 * plan), every service finishes on it (the
 * scheduler as planned and as of a day, the risk assessor, a forecast of 200 trials, every document for the
 * seller's team and, for a mutual action plan, for the buyer), and the buyer's view of a mutual action plan holds
 * no internal item, nor does the buyer's calendar. A {@link ScheduleException} is documented for absurd
 * timelines and for a calendar name nobody knows ({@code UnknownCalendarException}), so it is allowed from a
 * service, and counted.
 *
 * <p>The fuzz tests bound the time of each input (libFuzzer's {@code -timeout}, set in the POM), so a service
 * that stalls on a plan fails the run too.
 *
 * <p>The class keeps no state and is safe to use from any thread; a {@link Stats} counts in concurrent maps, so
 * one may be shared by checks on several threads.
 *
 * @since 0.1.0
 */
public final class PlanInvariants {
  private static final Forecaster FORECASTER = Forecaster.of(ForecastOptions.defaults().withTrials(200));

  /** Counts of what the inputs of one fuzz test came to, printed when it ends. */
  public static final class Stats {
    private final String target;
    private final LongAdder inputs = new LongAdder();
    private final Map<String, LongAdder> accepted = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> checked = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> documented = new ConcurrentSkipListMap<>();

    /** Counts for the fuzz test of this target, such as {@code readPlan}. */
    public Stats(String target) {
      this.target = target;
    }

    /** Counts an input. */
    public void input() {
      inputs.increment();
    }

    /** Counts an input the reader accepted, by what it was read as. */
    public void accepted(String as) {
      count(accepted, as);
    }

    /** Counts a plan checked, by kind. */
    public void checked(MutualActionPlan plan) {
      count(checked, plan.kind().name());
    }

    /** Counts a documented exception, such as a ScheduleException from a service. */
    public void documented(String what) {
      count(documented, what);
    }

    /** One line: inputs, accepted, plans checked by kind, and the documented exceptions met. */
    public String summary() {
      return "fuzz " + target + ": " + inputs.sum() + " inputs; accepted " + sums(accepted) + "; plans checked "
          + sums(checked) + "; documented exceptions " + sums(documented);
    }

    /**
     * Prints the {@link #summary()} to the process's standard error, past surefire's capture of
     * {@code System.out}, so that it shows in the build's log next to libFuzzer's own lines.
     */
    public void print() {
      @SuppressWarnings("resource") // the process's stderr stays open
      PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      err.println(summary());
    }

    private static void count(Map<String, LongAdder> counts, String key) {
      counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counts) {
      return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(),
          Long::sum, TreeMap::new));
    }
  }

  private PlanInvariants() {}

  /** Checks a plan, as described in the class comment. */
  public static void check(MutualActionPlan plan, Stats stats) {
    stats.checked(plan);
    assertThat(MutualActionPlan.builder().from(plan).build()).as("the plan rebuilt").isEqualTo(plan);

    LocalDate asOf = midway(plan);
    service(stats, "schedule", () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan));
    service(stats, "schedule as of", () -> Scheduler.of(ScheduleOptions.defaults()).schedule(plan, asOf));
    service(stats, "risk", () -> checkReport(RiskAssessor.standard().assess(plan, asOf)));
    service(stats, "forecast", () -> checkForecast(FORECASTER.forecast(plan)));
    service(stats, "forecast as of", () -> checkForecast(FORECASTER.forecast(plan, asOf)));
    for (DocumentFormat format : DocumentFormat.values()) {
      service(stats, "render " + format, () -> render(format, Audience.INTERNAL, asOf, plan));
    }

    if (plan.kind() == PlanKind.MUTUAL_ACTION_PLAN) {
      checkBuyerView(plan, plan.buyerView());
      for (DocumentFormat format : DocumentFormat.values()) {
        service(stats, "render " + format, () -> {
          String text = render(format, Audience.BUYER, asOf, plan);
          if (format == DocumentFormat.ICALENDAR) {
            checkNoInternalEvent(plan, text);
          }
        });
      }
    } else {
      // Documented: the buyer sees no part of a closing plan.
      assertThatThrownBy(plan::buyerView).isInstanceOf(IllegalStateException.class);
    }
  }

  /** Checks a history: its current plan as {@link #check}, and its risk with the history. */
  public static void check(PlanHistory history, Stats stats) {
    MutualActionPlan current = history.current();
    assertThat(history.version(current.version())).as("the current version by its number").isEqualTo(current);
    check(current, stats);
    service(stats, "risk of history", () -> checkReport(RiskAssessor.standard().assess(history, midway(current))));
  }

  /** The buyer's view holds only shared commitments and milestones, and no reference to an internal one. */
  public static void checkBuyerView(MutualActionPlan plan, MutualActionPlan view) {
    Set<CommitmentId> internal = plan.commitments().stream().filter(c -> c.visibility() != Visibility.SHARED)
        .map(Commitment::id).collect(Collectors.toSet());
    for (Commitment c : view.commitments()) {
      assertThat(c.visibility()).as("visibility of %s in the buyer's view", c.id()).isEqualTo(Visibility.SHARED);
      assertThat(c.dependsOn()).as("dependencies of %s in the buyer's view", c.id()).noneMatch(internal::contains);
    }
    for (Milestone m : view.milestones()) {
      assertThat(m.visibility()).as("visibility of %s in the buyer's view", m.id()).isEqualTo(Visibility.SHARED);
    }
    assertThat(view.commitments().stream().map(Commitment::id)).as("the shared commitments").containsExactlyElementsOf(
        plan.commitments().stream().filter(c -> c.visibility() == Visibility.SHARED).map(Commitment::id).toList());
    assertThat(view.provenance()).as("the provenance in the buyer's view").isEmpty();
  }

  /** A risk report's score is the one its findings give, and every finding has its texts. */
  public static void checkReport(RiskReport report) {
    int penalty = report.findings().stream().mapToInt(f -> f.severity().penalty()).sum();
    assertThat(report.healthScore()).as("the health score").isEqualTo(Math.max(0, 100 - penalty));
    assertThat(report.band()).isNotNull();
    for (RiskFinding f : report.findings()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.GERMAN}) {
        assertThat(f.message(locale)).as("message of %s", f).isNotNull();
        assertThat(f.action(locale)).as("action of %s", f).isNotNull();
      }
      assertThat(f.toString()).isNotEmpty();
    }
    assertThat(report.changesSince(report).added()).isEmpty();
  }

  /**
   * A forecast's percentiles are ordered, its probabilities and criticalities are shares and its expected slip
   * is not negative. Compared as numbers, as {@link CloseForecast#of} checks them: a stored {@code -0.0} is 0.
   */
  public static void checkForecast(CloseForecast forecast) {
    assertThat(forecast.p50()).isBeforeOrEqualTo(forecast.p80());
    assertThat(forecast.p80()).isBeforeOrEqualTo(forecast.p95());
    assertThat(isShare(forecast.probabilityByTarget())).as("P(by target) %s", forecast.probabilityByTarget())
        .isTrue();
    assertThat(isShare(forecast.probabilityIn(YearMonth.from(forecast.p50())))).as("P(in the P50's month)").isTrue();
    assertThat(forecast.criticality().values()).as("criticalities").allMatch(PlanInvariants::isShare);
    assertThat(forecast.expectedSlipDays() >= 0).as("expected slip %s", forecast.expectedSlipDays()).isTrue();
    assertThat(forecast.toString()).isNotEmpty();
  }

  private static boolean isShare(double value) {
    return value >= 0 && value <= 1;
  }

  /** The day halfway from the plan's start to its target close: some work done, some not. */
  public static LocalDate midway(MutualActionPlan plan) {
    return plan.start().plusDays(ChronoUnit.DAYS.between(plan.start(), plan.targetClose()) / 2);
  }

  /**
   * The buyer's calendar has no event of an internal item: every event's {@code UID} names its item
   * ({@code commitment-<key>+<plan>@...}, documented by {@link DocumentFormat#ICALENDAR}).
   */
  public static void checkNoInternalEvent(MutualActionPlan plan, String calendar) {
    String unfolded = calendar.replace("\r\n ", "");
    String suffix = "+" + plan.id().key() + "@";
    for (Commitment c : plan.commitments()) {
      if (c.visibility() != Visibility.SHARED) {
        assertThat(unfolded).as("the buyer's calendar").doesNotContain("UID:commitment-" + c.id().key() + suffix);
      }
    }
    for (Milestone m : plan.milestones()) {
      if (m.visibility() != Visibility.SHARED) {
        assertThat(unfolded).as("the buyer's calendar").doesNotContain("UID:milestone-" + m.id().key() + suffix);
      }
    }
  }

  private static String render(DocumentFormat format, Audience audience, LocalDate today, MutualActionPlan plan) {
    String text = format.renderer(RenderOptions.defaults().withAudience(audience)).render(plan, today);
    assertThat(text).as("%s for %s", format, audience).isNotEmpty();
    return text;
  }

  /** Runs a service; a ScheduleException, documented for absurd timelines, is counted, anything else escapes. */
  private static void service(Stats stats, String name, Runnable call) {
    try {
      call.run();
    } catch (ScheduleException e) {
      stats.documented(e.getClass().getSimpleName() + " from " + name);
    }
  }
}
