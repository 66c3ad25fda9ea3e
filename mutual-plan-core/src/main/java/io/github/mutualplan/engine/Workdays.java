package io.github.mutualplan.engine;

import io.github.mutualplan.ScheduleException;
import io.github.mutualplan.calendar.WorkCalendar;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Working-day arithmetic on one calendar in constant time: a table of the working days of a range of dates,
 * shared between schedules for 1990 to 2109 and widened on demand beyond it. Days are epoch days. Not
 * thread-safe: one per schedule computed (the shared tables are never written).
 *
 * @since 0.1.0
 */
public final class Workdays implements WorkingDays {
  private static final int YEAR = 366;
  /**
   * The most days a table covers: ten thousand years. A table grows by doubling, so every timeline of up to
   * five thousand years fits; the limits of a plan keep every real one far within that, and only hundreds of
   * commitments of the longest duration in one chain come near.
   */
  private static final int MAX_DAYS = 3_652_500;

  private final WorkCalendar calendar;
  /** The range covered: {@code [from, to)}. */
  private int from;
  private int to;
  /** {@code rank[i]}: the number of working days in {@code [from, from + i)}. */
  private int[] rank = NO_DAYS;
  /** {@code days[k]}: the offset from {@code from} of the k-th working day of the range. */
  private int[] days = NO_DAYS;
  private int count;

  /** The tables before the first {@link #build}. */
  private static final int[] NO_DAYS = new int[0];

  public Workdays(WorkCalendar calendar, int around) {
    this.calendar = calendar;
    if (around - SHARED_FROM > 366 && SHARED_TO - around > 366 * 2) {
      Shared table = shared(calendar);
      from = SHARED_FROM;
      to = SHARED_TO;
      rank = table.rank;
      days = table.days;
      count = table.days.length;
    } else {
      build(around - 32, around + 480);
    }
  }

  /** The first day of the shared tables: 1 January 1990. */
  private static final int SHARED_FROM = (int) LocalDate.of(1990, 1, 1).toEpochDay();
  /** The day after the last day of the shared tables: 1 January 2110. */
  private static final int SHARED_TO = (int) LocalDate.of(2110, 1, 1).toEpochDay();
  /**
   * The working days of 120 years, per calendar, computed once and shared read-only by every schedule:
   * a schedule then starts without asking its calendars about a single day. Calendars are compared by value and
   * held weakly, so that a table lives only while its calendar (or the equal one it was computed for) is in use:
   * a calendar, and the class loader of its class, never outlives its users because of these tables, as a web
   * application's must not outlive its redeploy. A calendar made anew for each call has its table computed
   * again once the one it was computed for has been collected. A few dozen calendars are kept (all are dropped
   * when there are more, and computed again when asked).
   *
   * <p>Read without a lock or an allocation, as a portfolio asks millions of times: an array copied on every
   * change, searched by identity first, then by value. Two threads that ask for a new calendar at once may both
   * compute its table; one is kept.
   */
  private static volatile Shared[] kept = {};
  private static final int KEPT_CALENDARS = 32;
  /** The tables whose calendar has been collected, to be dropped. */
  private static final ReferenceQueue<WorkCalendar> COLLECTED = new ReferenceQueue<>();
  private static final Object KEEPING = new Object();

  private static Shared shared(WorkCalendar calendar) {
    if (COLLECTED.poll() != null) {
      synchronized (KEEPING) {
        kept = live().toArray(new Shared[0]);
      }
    }
    Shared[] all = kept;
    for (Shared table : all) {
      if (table.get() == calendar) {
        return table;
      }
    }
    Shared equal = equalIn(all, calendar);
    return equal != null ? equal : keep(new Shared(calendar), calendar);
  }

  /** The table of a calendar equal to this one, if one is kept. */
  private static @Nullable Shared equalIn(Shared[] all, WorkCalendar calendar) {
    int hash = calendar.hashCode();
    for (Shared table : all) {
      WorkCalendar other = table.get();
      if (table.hash == hash && other != null && calendar.equals(other)) {
        return table;
      }
    }
    return null;
  }

  /** Keeps a new calendar's table, unless one of an equal calendar was kept meanwhile; the table kept. */
  private static Shared keep(Shared added, WorkCalendar calendar) {
    synchronized (KEEPING) {
      Shared raced = equalIn(kept, calendar);
      if (raced != null) {
        return raced;
      }
      List<Shared> live = live();
      if (live.size() >= KEPT_CALENDARS) {
        live.clear();
      }
      live.add(added);
      kept = live.toArray(new Shared[0]);
      return added;
    }
  }

  /** The kept tables whose calendar is still held; called with the lock held. */
  private static List<Shared> live() {
    while (COLLECTED.poll() != null) {
      // Drained: the tables it holds are those whose calendar is gone, left out below.
    }
    List<Shared> live = new ArrayList<>(kept.length);
    for (Shared table : kept) {
      if (table.get() != null) {
        live.add(table);
      }
    }
    return live;
  }

  /** One calendar's shared table, and the calendar, held weakly. */
  private static final class Shared extends WeakReference<WorkCalendar> {
    final int hash;
    final int[] rank;
    final int[] days;

    Shared(WorkCalendar calendar) {
      super(calendar, COLLECTED);
      hash = calendar.hashCode();
      int span = SHARED_TO - SHARED_FROM;
      rank = new int[span + 1];
      int[] found = new int[span];
      int k = 0;
      LocalDate day = LocalDate.ofEpochDay(SHARED_FROM);
      for (int i = 0; i < span; i++, day = day.plusDays(1)) {
        rank[i] = k;
        if (calendar.isWorkingDay(day)) {
          found[k++] = i;
        }
      }
      rank[span] = k;
      days = Arrays.copyOf(found, k);
    }
  }

  /** The calendar these are the working days of. */
  public WorkCalendar calendar() {
    return calendar;
  }

  /** Whether this epoch day is a working day. */
  public boolean isWorking(int day) {
    cover(day);
    int i = day - from;
    return rank[i + 1] > rank[i];
  }

  /** The number of working days {@code d} with {@code a < d <= b}; negative when {@code b < a}. */
  public int between(int a, int b) {
    cover(a);
    cover(b);
    return rank[b - from + 1] - rank[a - from + 1];
  }

  /**
   * How far {@code b} is from {@code a} in working days, signed, and never zero for two different days: a
   * move between days off counts as one.
   */
  public int shift(int a, int b) {
    if (a == b) {
      return 0;
    }
    int days = between(a, b);
    return days != 0 ? days : b > a ? 1 : -1;
  }

  /** The first working day on or after the day. */
  @Override
  public int onOrAfter(int day) {
    cover(day);
    while (rank[day - from] >= count) {
      widen(from, to + Math.max(to - from, YEAR), day);
    }
    return from + days[rank[day - from]];
  }

  /** The last working day on or before the day. */
  public int onOrBefore(int day) {
    cover(day);
    while (rank[day - from + 1] == 0) {
      widen(from - Math.max(to - from, YEAR), to, day);
    }
    return from + days[rank[day - from + 1] - 1];
  }

  /** The working day {@code n} working days after a working day ({@code n} may be negative). */
  @Override
  public int plus(int workingDay, int n) {
    cover(workingDay);
    while (true) {
      int k = rank[workingDay - from] + n;
      if (k >= count) {
        widen(from, to + Math.max(to - from, 2 * (k - count + 1)), workingDay);
      } else if (k < 0) {
        widen(from - Math.max(to - from, -2 * k), to, workingDay);
      } else {
        return from + days[k];
      }
    }
  }

  /**
   * The working days of {@code [from, to]} as a fixed table, for tight loops that stay within it: no growth,
   * no checks.
   */
  public Table freeze(int from, int to) {
    cover(from);
    cover(to);
    while (rank[to - this.from + 1] >= count) {
      widen(this.from, this.to + Math.max(this.to - this.from, YEAR), to);
    }
    int span = to - from + 1;
    int[] ranks = new int[span + 1];
    System.arraycopy(rank, from - this.from, ranks, 0, span + 1);
    int firstRank = ranks[0];
    int[] dayOf = new int[count - firstRank];
    for (int k = 0; k < dayOf.length; k++) {
      dayOf[k] = this.from + days[firstRank + k];
    }
    for (int i = 0; i <= span; i++) {
      ranks[i] -= firstRank;
    }
    return new Table(from, ranks, dayOf);
  }

  /** A frozen range of working days; see {@link #freeze(int, int)}. Immutable and safe to share between threads. */
  public static final class Table implements WorkingDays {
    private final int from;
    private final int[] rank;
    private final int[] dayOf;

    Table(int from, int[] rank, int[] dayOf) {
      this.from = from;
      this.rank = rank;
      this.dayOf = dayOf;
    }

    /** The first working day on or after the day. */
    @Override
    public int onOrAfter(int day) {
      return dayOf[rank[day - from]];
    }

    /**
     * The working day {@code n} working days after a working day; {@code n} may be negative as long as the
     * day it gives lies within the table.
     */
    @Override
    public int plus(int workingDay, int n) {
      return dayOf[rank[workingDay - from] + n];
    }

    /** The number of working days {@code d} with {@code a < d <= b}. */
    public int between(int a, int b) {
      return rank[b - from + 1] - rank[a - from + 1];
    }

    /** The index in this table of the first working day on or after the day. */
    public int rankOf(int day) {
      return rank[day - from];
    }

    /** The working day of an index; see {@link #rankOf(int)}. */
    public int dayAt(int index) {
      return dayOf[index];
    }
  }

  private void cover(int day) {
    if (day < from || day >= to) {
      int span = to - from;
      build(Math.min(from, day - span), Math.max(to, day + span + 1));
    }
  }

  /** Widens the range by a year or more; a calendar that gains no working day from that gives up. */
  private void widen(int newFrom, int newTo, int near) {
    int before = count;
    build(newFrom, newTo);
    if (count == before) {
      throw new ScheduleException("the calendar " + calendar + " has no working day within a year of "
          + LocalDate.ofEpochDay(near));
    }
  }

  private void build(int newFrom, int newTo) {
    if ((long) newTo - newFrom > MAX_DAYS) {
      throw new ScheduleException("the timeline would run for thousands of years: the plan's durations add up"
          + " to more than a schedule holds");
    }
    int span = newTo - newFrom;
    int[] newRank = new int[span + 1];
    int[] newDays = new int[span];
    int k = 0;
    for (int i = 0; i < span; i++) {
      newRank[i] = k;
      if (calendar.isWorkingDay(LocalDate.ofEpochDay((long) newFrom + i))) {
        newDays[k++] = i;
      }
    }
    newRank[span] = k;
    from = newFrom;
    to = newTo;
    rank = newRank;
    days = newDays;
    count = k;
  }
}
