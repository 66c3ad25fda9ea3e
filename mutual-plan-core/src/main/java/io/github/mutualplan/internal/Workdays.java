package io.github.mutualplan.internal;

import io.github.mutualplan.schedule.ScheduleException;
import io.github.mutualplan.schedule.WorkCalendar;
import java.time.LocalDate;

/**
 * Working-day arithmetic on one calendar in constant time: a table of the working days of a range of dates,
 * widened on demand in either direction. Days are epoch days. Not thread-safe: one per schedule computed.
 */
public final class Workdays {
  private static final int YEAR = 366;

  private final WorkCalendar calendar;
  /** The range covered: {@code [from, to)}. */
  private int from;
  private int to;
  /** {@code rank[i]}: the number of working days in {@code [from, from + i)}. */
  private int[] rank;
  /** {@code days[k]}: the offset from {@code from} of the k-th working day of the range. */
  private int[] days;
  private int count;

  public Workdays(WorkCalendar calendar, int around) {
    this.calendar = calendar;
    build(around - 32, around + 480);
  }

  /** Whether the day is a working day. */
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
