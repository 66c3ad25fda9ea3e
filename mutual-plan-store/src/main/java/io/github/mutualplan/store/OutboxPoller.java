package io.github.mutualplan.store;

import io.github.mutualplan.history.PlanListener;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a store's outbox to a listener on a schedule: every interval, the notifications kept since, a batch
 * at a time, until none is left (see {@link PlanStore#deliverNotifications(PlanListener, int)}).
 *
 * <pre>{@code
 * ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
 * try (OutboxPoller poller = OutboxPoller.start(store, notifications::send, scheduler, Duration.ofSeconds(5))) {
 *   ...                                   // the service runs; close() stops the polling
 * }
 * }</pre>
 *
 * <p>The poller runs on the scheduler it is given, which it does not shut down; a failure (of the database, say)
 * is logged and tried again at the next interval. The listener hears one delivery at a time. Instances are safe
 * to share between threads: any of them may close the poller.
 *
 * @since 0.1.0
 */
public final class OutboxPoller implements AutoCloseable {
  /** How many notifications one transaction delivers at most. */
  public static final int BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);

  private final PlanStore store;
  private final PlanListener listener;
  private final ScheduledFuture<?> task;

  private OutboxPoller(PlanStore store, PlanListener listener, ScheduledExecutorService scheduler,
      Duration interval) {
    this.store = store;
    this.listener = listener;
    this.task = scheduler.scheduleWithFixedDelay(this::deliverAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Starts delivering a store's notifications to a listener, now and then every interval.
   *
   * @param store the store whose outbox is delivered
   * @param listener who hears of the notifications
   * @param scheduler what runs the deliveries
   * @param interval the pause between one delivery's end and the next one's start; at least a millisecond
   * @return the poller, to close when done
   */
  public static OutboxPoller start(PlanStore store, PlanListener listener, ScheduledExecutorService scheduler,
      Duration interval) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(interval, "interval");
    if (interval.toMillis() < 1) {
      throw new IllegalArgumentException("interval: " + interval + " is shorter than a millisecond");
    }
    return new OutboxPoller(store, listener, scheduler, interval);
  }

  /** Delivers what is in the outbox now, a batch at a time; the number delivered. */
  int deliverAll() {
    int delivered = 0;
    try {
      int batch;
      do {
        batch = store.deliverNotifications(listener, BATCH);
        delivered += batch;
      } while (batch == BATCH);
    } catch (RuntimeException failure) {
      // Caught whatever it is: a scheduled task that throws is never run again.
      LOG.warn("Delivering the outbox failed; trying again at the next interval", failure);
    }
    return delivered;
  }

  /** Stops the polling; a delivery under way finishes. */
  @Override
  public void close() {
    task.cancel(false);
  }
}
