/**
 * mutual-plan core: the model of mutual action plans and closing plans, its rules, and the services that
 * work on it.
 *
 * <p>Exports {@code io.github.mutualplan} (the model), {@code io.github.mutualplan.history} (editing,
 * history, sign-off, notifications), the services ({@code .schedule}, {@code .risk}, {@code .forecast},
 * {@code .portfolio}) and the documents ({@code .render}); everything under an {@code internal} package is not
 * part of the API.
 */
module io.github.mutualplan {
  requires static org.immutables.value.annotations;
  requires com.google.common;
  requires org.slf4j;

  exports io.github.mutualplan;
  exports io.github.mutualplan.history;
  exports io.github.mutualplan.schedule;
  exports io.github.mutualplan.risk;
  exports io.github.mutualplan.forecast;
  exports io.github.mutualplan.portfolio;
  exports io.github.mutualplan.render;
  exports io.github.mutualplan.internal to io.github.mutualplan.templates, io.github.mutualplan.json;

  uses io.github.mutualplan.risk.RiskRule;
  uses io.github.mutualplan.schedule.CalendarProvider;
}
