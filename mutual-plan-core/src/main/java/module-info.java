/**
 * mutual-plan core: the model of mutual action plans and closing plans, its rules, and the services that
 * work on it.
 *
 * <p>Exports {@code io.github.mutualplan} (the model), {@code io.github.mutualplan.history} (editing,
 * history, sign-off, notifications), {@code .calendar} (working calendars by name), the services
 * ({@code .schedule}, {@code .risk}, {@code .forecast}, {@code .portfolio}) and the documents
 * ({@code .render}). Two packages are not exported: {@code .engine} (the dependency graph, forward pass and
 * working-day tables the services share) and {@code .localization} (the library's own texts).
 */
module io.github.mutualplan {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires com.google.common;
  requires org.slf4j;

  exports io.github.mutualplan;
  exports io.github.mutualplan.history;
  exports io.github.mutualplan.calendar;
  exports io.github.mutualplan.schedule;
  exports io.github.mutualplan.risk;
  exports io.github.mutualplan.forecast;
  exports io.github.mutualplan.portfolio;
  exports io.github.mutualplan.render;

  uses io.github.mutualplan.risk.RiskRule;
  uses io.github.mutualplan.calendar.CalendarProvider;
}
