/**
 * mutual-plan insights: what closed plans teach. Win-loss analysis of closed deals (win rates by factor with their
 * intervals, cycle lengths, steps, losses by stage and reason) written as Markdown or an HTML page with charts;
 * synthetic closed deals with a known truth, to test analyses against; the durations of a template's steps
 * calibrated from closed histories; and forecasts backtested against what happened.
 */
module io.github.mutualplan.insights {
  requires transitive io.github.mutualplan;
  requires transitive io.github.mutualplan.templates;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires com.google.common;

  exports io.github.mutualplan.insights;
}
