package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEvent;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.StepTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Calibrates the durations of a template's steps from closed histories: how many working days each step took
 * in the deals that did it, by segment when the segment has enough samples, fitted to the three-point estimates
 * the forecast uses, and the template re-issued with them.
 *
 * <pre>{@code
 * Map<String, List<PlanHistory>> closed = Map.of("healthcare", hospitals, "technology", startups);
 * Calibration fitted = DurationCalibrator.standard().calibrate(template, closed, "healthcare");
 * fitted.step("security-review");   // security-review (segment healthcare, n=84): 9/15/31
 * PlanTemplate next = fitted.template();   // version 1-calibrated-healthcare-120
 * }</pre>
 *
 * <p><b>What is measured.</b> A deal counts when its plan is closed (won or lost) and was made from the template
 * (its {@link Provenance} names the template's identifier, any version). A step's duration in a deal is the
 * working days, in the calendar of the side that owes it, from the day it was started (its
 * {@linkplain Commitment#startedOn() startedOn} when recorded, else the day of its first
 * {@link PlanChange#startCommitment} event in the plan's zone) to the day it was completed, both counted; the
 * step is matched to its commitment by key. A step skipped, never started, or completed before the day it was
 * started gives no sample.
 *
 * <p><b>Segments.</b> For a segment, each step is calibrated on that segment's deals when they give at least
 * {@linkplain #withMinimumSamples(int) the minimum} samples of it ({@value #DEFAULT_MINIMUM_SAMPLES} unless
 * set), and on all deals otherwise; each {@link StepDurations} says which, and its sample size.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class DurationCalibrator {
  /** The samples a segment needs for a step to be calibrated on it alone. */
  public static final int DEFAULT_MINIMUM_SAMPLES = 30;

  private static final DurationCalibrator STANDARD =
      new DurationCalibrator(DEFAULT_MINIMUM_SAMPLES, CalendarRegistry.standard());

  private final int minimumSamples;
  private final CalendarRegistry calendars;

  private DurationCalibrator(int minimumSamples, CalendarRegistry calendars) {
    this.minimumSamples = minimumSamples;
    this.calendars = calendars;
  }

  /** A calibrator with {@value #DEFAULT_MINIMUM_SAMPLES} samples a segment and the standard calendars. */
  public static DurationCalibrator standard() {
    return STANDARD;
  }

  /** A copy that calibrates a step on a segment alone from this many samples of it, at least 1. */
  public DurationCalibrator withMinimumSamples(int samples) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples: must be at least 1, was " + samples);
    }
    return new DurationCalibrator(samples, calendars);
  }

  /** A copy that counts working days in the calendars of this registry, which must know the plans' calendars. */
  public DurationCalibrator withCalendars(CalendarRegistry registry) {
    return new DurationCalibrator(minimumSamples, Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Calibrates a template on all these deals.
   *
   * @param template the template
   * @param histories the deals' histories; those not closed or not made from the template are left out
   * @return the durations and the re-issued template
   */
  public Calibration calibrate(PlanTemplate template, List<PlanHistory> histories) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(histories, "histories");
    List<Map<String, Integer>> all = observe(template, histories);
    ImmutableList.Builder<StepDurations> steps = ImmutableList.builder();
    for (StepTemplate step : template.steps()) {
      int[] days = samples(all, step.key());
      if (days.length > 0) {
        steps.add(StepDurations.fit(step.key(), Optional.empty(), days));
      }
    }
    return new Calibration(template, Optional.empty(), all.size(), all.size(), minimumSamples, steps.build());
  }

  /**
   * Calibrates a template for one segment.
   *
   * @param template the template
   * @param bySegment the deals' histories by segment (an industry, a size, what the caller segments by); those
   *     not closed or not made from the template are left out
   * @param segment the segment to calibrate for; one that has no deals is calibrated on all deals
   * @return the durations and the re-issued template
   */
  public Calibration calibrate(PlanTemplate template, Map<String, List<PlanHistory>> bySegment, String segment) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(bySegment, "bySegment");
    Objects.requireNonNull(segment, "segment");
    List<Map<String, Integer>> mine = List.of();
    List<Map<String, Integer>> all = new ArrayList<>();
    for (Map.Entry<String, List<PlanHistory>> deals : bySegment.entrySet()) {
      List<Map<String, Integer>> observed = observe(template, deals.getValue()); // each deal measured once
      if (deals.getKey().equals(segment)) {
        mine = observed;
      }
      all.addAll(observed);
    }
    ImmutableList.Builder<StepDurations> steps = ImmutableList.builder();
    for (StepTemplate step : template.steps()) {
      int[] own = samples(mine, step.key());
      if (own.length >= minimumSamples) {
        steps.add(StepDurations.fit(step.key(), Optional.of(segment), own));
      } else {
        int[] pooled = samples(all, step.key());
        if (pooled.length > 0) {
          steps.add(StepDurations.fit(step.key(), Optional.empty(), pooled));
        }
      }
    }
    return new Calibration(template, Optional.of(segment), mine.size(), all.size(), minimumSamples, steps.build());
  }

  private static int[] samples(List<Map<String, Integer>> deals, String step) {
    return deals.stream().map(d -> d.get(step)).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
  }

  /** The working days of each measured step of each closed deal of the template. */
  private List<Map<String, Integer>> observe(PlanTemplate template, List<PlanHistory> histories) {
    List<Map<String, Integer>> deals = new ArrayList<>();
    for (PlanHistory history : histories) {
      MutualActionPlan closed = history.current();
      boolean fromTemplate = closed.provenance().map(Provenance::templateId).filter(template.id()::equals)
          .isPresent();
      if (closed.status().isClosed() && fromTemplate) {
        deals.add(durations(history));
      }
    }
    return deals;
  }

  /** The working days each step of a deal took, by key, for the steps started and then completed. */
  Map<String, Integer> durations(PlanHistory history) {
    MutualActionPlan closed = history.current();
    Map<CommitmentId, LocalDate> started = new HashMap<>();
    for (PlanEvent event : history.events()) {
      if (event instanceof PlanEvent.ChangeApplied
          && ((PlanEvent.ChangeApplied) event).change() instanceof PlanChange.StartCommitment) {
        PlanChange.StartCommitment start = (PlanChange.StartCommitment) ((PlanEvent.ChangeApplied) event).change();
        started.putIfAbsent(start.commitment(), event.at().atZone(closed.zone()).toLocalDate());
      }
    }
    Map<String, Integer> durations = new HashMap<>();
    for (Commitment c : closed.commitments()) {
      LocalDate start = c.startedOn().isPresent() ? c.startedOn().get() : started.get(c.id());
      if (c.status() == CommitmentStatus.DONE && start != null) {
        int days = WorkingDays.between(calendars.resolve(closed, c.owingSide()), start, c.completedOn().orElseThrow());
        if (days > 0) {
          durations.put(c.id().key(), days);
        }
      }
    }
    return durations;
  }
}
