package io.github.mutualplan.store;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a query's results, and the query for the next page if there is one.
 *
 * <pre>{@code
 * PlanQuery query = PlanQuery.all().withStatus(PlanStatus.SHARED).limit(100);
 * for (Page<PlanSummary> page = store.query(acme, query); ; page = store.query(acme, page.next().get())) {
 *   page.items().forEach(this::remind);
 *   if (page.next().isEmpty()) break;
 * }
 * }</pre>
 *
 * @param <T> what the page lists
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Page<T> {
  Page() {}

  static <T> Page<T> of(List<T> items, Optional<PlanQuery> next) {
    return ImmutablePage.<T>builder().items(items).next(next).build();
  }

  /** The items of this page, in the query's order. */
  public abstract List<T> items();

  /** The query for the page after this one; empty if this is the last. */
  public abstract Optional<PlanQuery> next();
}
