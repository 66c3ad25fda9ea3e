/**
 * mutual-plan insights: what closed plans teach. Synthetic closed deals with a known truth, to test analyses
 * against, and the durations of a template's steps calibrated from closed histories.
 */
module io.github.mutualplan.insights {
  requires transitive io.github.mutualplan;
  requires transitive io.github.mutualplan.templates;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires com.google.common;

  exports io.github.mutualplan.insights;
}
