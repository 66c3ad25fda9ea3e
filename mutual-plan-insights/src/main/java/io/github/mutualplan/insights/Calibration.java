package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.template.LocalizedText;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.StepTemplate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DurationCalibrator} found: the durations of the steps of a template in closed deals, and the
 * template re-issued with them.
 *
 * @since 0.1.0
 */
public final class Calibration {
  private final PlanTemplate source;
  private final Optional<String> segment;
  private final int segmentDeals;
  private final int allDeals;
  private final int minimumSamples;
  private final ImmutableList<StepDurations> steps;

  Calibration(PlanTemplate source, Optional<String> segment, int segmentDeals, int allDeals, int minimumSamples,
      ImmutableList<StepDurations> steps) {
    this.source = source;
    this.segment = segment;
    this.segmentDeals = segmentDeals;
    this.allDeals = allDeals;
    this.minimumSamples = minimumSamples;
    this.steps = steps;
  }

  /** The template calibrated. */
  public PlanTemplate source() {
    return source;
  }

  /** The segment calibrated for; empty when for all deals. */
  public Optional<String> segment() {
    return segment;
  }

  /** The closed deals of the template in the segment (all of them when no segment). */
  public int segmentDeals() {
    return segmentDeals;
  }

  /** The closed deals of the template in every segment. */
  public int allDeals() {
    return allDeals;
  }

  /** The durations of the steps that any deal did, in the template's order; a step no deal did is not here. */
  public List<StepDurations> steps() {
    return steps;
  }

  /** The durations of the step with this key, if any deal did it. */
  public Optional<StepDurations> step(String key) {
    Objects.requireNonNull(key, "key");
    return steps.stream().filter(s -> s.step().equals(key)).findFirst();
  }

  /**
   * The template re-issued with the calibrated durations: each calibrated step's duration is its median and its
   * estimate the {@linkplain StepDurations#estimate() fitted one}; the other steps are as they were. Its version
   * is the source's followed by {@code -calibrated-}, the segment (or {@code all}) and the number of deals, such
   * as {@code 1-calibrated-healthcare-120}; its description (in English) names the data it was fitted on.
   */
  public PlanTemplate template() {
    ImmutableList<StepTemplate> calibrated = source.steps().stream()
        .map(s -> step(s.key()).map(d -> s.withDurationDays(d.median()).withEstimate(d.estimate())).orElse(s))
        .collect(ImmutableList.toImmutableList());
    return source.withSteps(calibrated)
        .withVersion(source.version() + "-calibrated-" + segment.orElse("all") + "-" + segmentDeals)
        .withDescription(LocalizedText.of(description()));
  }

  /** Where the durations come from, in a sentence or two. */
  String description() {
    String from = "Durations calibrated from closed deals of template " + source.id() + " version "
        + source.version() + ": ";
    String deals = segment.map(s -> segmentDeals + " of segment " + s + " (a step done in fewer than "
        + minimumSamples + " of them from all " + allDeals + " deals)").orElse(allDeals + " deals");
    return from + deals + "; working days from a step's start to its completion; estimate fitted to P10, P50 and P90.";
  }

  /** Returns the template, the segment and the steps. */
  @Override
  public String toString() {
    return "Calibration{" + source + ", " + segment.map(s -> "segment " + s + " (" + segmentDeals + " deals)")
        .orElse("all deals") + ", " + allDeals + " deals in all, " + steps + "}";
  }
}
