package io.github.mutualplan.forecast;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.internal.PlanNetwork;
import io.github.mutualplan.internal.Workdays;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The Monte Carlo forecast of one plan: every trial draws the open commitments' durations and runs the
 * forward pass of the critical path method on arrays, in frozen calendar tables that cover every date a trial
 * can reach (found by a first pass with every duration at its worst).
 */
final class MonteCarlo {
  private static final int NONE = Integer.MIN_VALUE;
  private static final int FIXED = 0;
  private static final int DRAWN = 1;
  private static final int DONE = 2;
  private static final int STARTED = 3;
  private static final int CANCELLED = 4;

  private final MutualActionPlan plan;
  private final ForecastOptions options;
  private final PlanNetwork net;
  private final int n;
  private final int[] kind;
  private final int[] floor;
  private final int[] fixedStart;
  private final int[] actualStart;
  private final int[] actualFinish;
  private final int[] fixedDays;
  private final double[] low;
  private final double[] mode;
  private final double[] high;
  /** Per drawn commitment, for the triangular draw: {@code (m - a) / (b - a)}, {@code b - a}, {@code m - a}. */
  private final double[] split;
  private final double[] width;
  private final double[] rise;
  /** And {@code b - m}. */
  private final double[] fall;
  private final boolean triangular;
  /**
   * The triangular draw as steps: a drawn commitment takes {@code fewest[v]} days, plus one for each of
   * {@code steps[stepAt[v]..stepAt[v + 1])} at most the uniform number drawn: the least numbers that give one
   * day more. Found with the formula itself (see {@link #triangularDays}), so a draw gives the very same days
   * as the formula, without its square root and division.
   */
  private final int[] fewest;
  private final int[] stepAt;
  private double[] steps = new double[0];
  /** The commitment the close waited for in the last pass: the earliest in the plan among the latest. */
  private int last;
  private final int asOf;

  MonteCarlo(MutualActionPlan plan, ForecastOptions options) {
    this.plan = plan;
    this.options = options;
    this.net = new PlanNetwork(plan, options.scheduleOptions().buyerCalendar(),
        options.scheduleOptions().sellerCalendar());
    this.n = net.n;
    kind = new int[n];
    floor = new int[n];
    fixedStart = new int[n];
    actualStart = new int[n];
    actualFinish = new int[n];
    fixedDays = new int[n];
    low = new double[n];
    mode = new double[n];
    high = new double[n];
    split = new double[n];
    width = new double[n];
    rise = new double[n];
    fall = new double[n];
    triangular = options.distribution() == Distribution.TRIANGULAR;
    fewest = new int[n];
    stepAt = new int[n + 1];
    asOf = options.scheduleOptions().asOf().map(d -> (int) d.toEpochDay()).orElse(NONE);
    int start = (int) plan.start().toEpochDay();
    for (int i = 0; i < n; i++) {
      Commitment c = net.commitments.get(i);
      fixedDays[i] = net.duration[i];
      fixedStart[i] = c.fixed() ? (int) c.start().get().toEpochDay() : NONE;
      floor[i] = asOf == NONE ? start : Math.max(start, asOf);
      DurationEstimate e = c.estimate().orElse(null);
      boolean drawn = e != null && e.optimistic() < e.pessimistic();
      if (drawn) {
        low[i] = e.optimistic();
        mode[i] = e.mostLikely();
        high[i] = e.pessimistic();
        // The same operations, in the same order, as drawing computes them: the same doubles.
        width[i] = high[i] - low[i];
        rise[i] = mode[i] - low[i];
        fall[i] = high[i] - mode[i];
        split[i] = rise[i] / width[i];
      }
      stepAt[i] = steps.length;
      if (drawn && triangular) {
        steps(i);
      }
      stepAt[i + 1] = steps.length;
      if (net.cancelled[i]) {
        kind[i] = CANCELLED;
      } else if (asOf != NONE && c.status() == CommitmentStatus.DONE) {
        kind[i] = DONE;
        actualFinish[i] = (int) c.completedOn().get().toEpochDay();
        actualStart[i] = Math.min(actualFinish[i], c.start().map(d -> (int) d.toEpochDay()).orElse(actualFinish[i]));
      } else if (asOf != NONE && c.status() == CommitmentStatus.IN_PROGRESS && c.start().isPresent()
          && c.start().get().toEpochDay() <= asOf) {
        kind[i] = STARTED;
        actualStart[i] = (int) c.start().get().toEpochDay();
      } else {
        kind[i] = drawn ? DRAWN : FIXED;
      }
    }
  }

  /** Runs the trials. */
  CloseForecast run() {
    int trials = options.trials();
    int[] es = new int[n];
    int[] ef = new int[n];
    int[] driver = new int[n];
    boolean[] driven = new boolean[n];
    // Every trial's dates lie between the earliest start and the dates of the worst case.
    int lo = Math.min((int) plan.start().toEpochDay(), asOf == NONE ? Integer.MAX_VALUE : asOf);
    for (int i = 0; i < n; i++) {
      if (kind[i] == DONE || kind[i] == STARTED) {
        lo = Math.min(lo, actualStart[i]);
      }
    }
    lo -= 7;
    int worst = pass(new Growable(net), es, ef, driver, driven, null, true);
    int hi = worst + 31;
    for (int i = 0; i < n; i++) {
      hi = Math.max(hi, ef[i] + 31);
    }
    Workdays.Table[] tables = {net.calendars[0].freeze(lo, hi), net.calendars[1].freeze(lo, hi)};
    Calendars frozen = new Frozen(tables, net.side);
    SplittableRandom random = new SplittableRandom(options.seed());
    int[] closes = new int[trials];
    long[] hits = new long[n];
    if (inWorkingDays()) {
      Workdays.Table table = tables[1];
      int[] floorAt = new int[n];
      int[] fixedAt = new int[n];
      for (int i = 0; i < n; i++) {
        floorAt[i] = table.rankOf(floor[i]);
        // A cancelled commitment's date may lie beyond the table: it is never looked at.
        fixedAt[i] = fixedStart[i] == NONE || kind[i] == CANCELLED ? NONE : table.rankOf(fixedStart[i]);
      }
      int start = (int) plan.start().toEpochDay();
      for (int t = 0; t < trials; t++) {
        int close = rankPass(ef, driver, driven, random, floorAt, fixedAt);
        // The close is at least the plan's start, which need not be a working day.
        closes[t] = close == NONE ? start : Math.max(start, table.dayAt(close));
        walkCriticalPath(driver, driven, hits);
      }
    } else {
      for (int t = 0; t < trials; t++) {
        closes[t] = pass(frozen, es, ef, driver, driven, random, false);
        walkCriticalPath(driver, driven, hits);
      }
    }
    return summarize(closes, hits, tables[1], lo);
  }

  /** Working-day arithmetic per commitment, growable for the worst-case pass, frozen for the trials. */
  private interface Calendars {
    int onOrAfter(int i, int day);

    int plus(int i, int workingDay, int days);
  }

  private static final class Growable implements Calendars {
    private final PlanNetwork net;

    Growable(PlanNetwork net) {
      this.net = net;
    }

    @Override
    public int onOrAfter(int i, int day) {
      return net.calendar(i).onOrAfter(day);
    }

    @Override
    public int plus(int i, int workingDay, int days) {
      return net.calendar(i).plus(workingDay, days);
    }
  }

  private static final class Frozen implements Calendars {
    private final Workdays.Table[] tables;
    private final byte[] side;

    Frozen(Workdays.Table[] tables, byte[] side) {
      this.tables = tables;
      this.side = side;
    }

    @Override
    public int onOrAfter(int i, int day) {
      return tables[side[i]].onOrAfter(day);
    }

    @Override
    public int plus(int i, int workingDay, int days) {
      return tables[side[i]].plus(workingDay, days);
    }
  }

  /** One forward pass; returns the close day. With {@code worst}, every drawn duration is pessimistic. */
  private int pass(Calendars cal, int[] es, int[] ef, int[] driver, boolean[] driven, SplittableRandom random,
      boolean worst) {
    int[] order = net.order;
    int[] predAt = net.predAt;
    int[] preds = net.preds;
    int close = (int) plan.start().toEpochDay();
    boolean[] leadsToClose = net.leadsToClose;
    int latest = -1;
    for (int j = 0; j < n; j++) {
      int v = order[j];
      int wait = NONE;
      int by = -1;
      for (int k = predAt[v]; k < predAt[v + 1]; k++) {
        int p = preds[k];
        if (ef[p] > wait) {
          wait = ef[p];
          by = p;
        }
      }
      driver[v] = by;
      switch (kind[v]) {
        case CANCELLED:
          ef[v] = wait;
          driven[v] = by >= 0;
          continue;
        case DONE:
          es[v] = actualStart[v];
          ef[v] = actualFinish[v];
          driven[v] = false;
          break;
        case STARTED:
          es[v] = actualStart[v];
          ef[v] = Math.max(cal.plus(v, cal.onOrAfter(v, es[v]), days(v, random, worst) - 1), cal.onOrAfter(v, asOf));
          driven[v] = false;
          break;
        default:
          int earliest = floor[v];
          if (wait != NONE && wait + 1 > earliest) {
            earliest = wait + 1;
          }
          if (fixedStart[v] != NONE && fixedStart[v] > earliest) {
            earliest = fixedStart[v];
          }
          es[v] = cal.onOrAfter(v, earliest);
          ef[v] = cal.plus(v, es[v], days(v, random, worst) - 1);
          // When the dependency set the earliest day, it set the start; else look it up.
          driven[v] = by >= 0 && (earliest == wait + 1 || cal.onOrAfter(v, wait + 1) == es[v]);
          break;
      }
      if (leadsToClose[v]) {
        if (ef[v] > close) {
          close = ef[v];
        }
        if (latest < 0 || ef[v] > ef[latest] || ef[v] == ef[latest] && v < latest) {
          latest = v;
        }
      }
    }
    last = latest;
    return close;
  }

  /**
   * Whether the trials can run in working days rather than dates: both sides work the same days, and as
   * planned, with no as-of day (so nothing is done or started: every finish is a working day).
   */
  private boolean inWorkingDays() {
    return asOf == NONE && triangular
        && options.scheduleOptions().buyerCalendar().equals(options.scheduleOptions().sellerCalendar());
  }

  /**
   * One trial of {@link #pass} in working days: node finishes are indexes of working days in the frozen
   * table, so a start is the day after the latest dependency's finish and a finish the start plus the
   * duration, without a calendar lookup. The same days as {@link #pass} for the plans {@link #inWorkingDays}
   * admits. Returns the index of the close's latest finish, or {@link #NONE}.
   */
  private int rankPass(int[] ef, int[] driver, boolean[] driven, SplittableRandom random, int[] floorAt,
      int[] fixedAt) {
    int[] order = net.order;
    int[] predAt = net.predAt;
    int[] preds = net.preds;
    boolean[] leadsToClose = net.leadsToClose;
    int close = NONE;
    int latest = -1;
    for (int j = 0; j < n; j++) {
      int v = order[j];
      int wait = NONE;
      int by = -1;
      for (int k = predAt[v]; k < predAt[v + 1]; k++) {
        int p = preds[k];
        int f = ef[p];
        by = f > wait ? p : by;
        wait = Math.max(wait, f);
      }
      driver[v] = by;
      if (kind[v] == CANCELLED) {
        ef[v] = wait;
        driven[v] = by >= 0;
        continue;
      }
      int earliest = floorAt[v];
      if (wait != NONE && wait + 1 > earliest) {
        earliest = wait + 1;
      }
      if (fixedAt[v] != NONE && fixedAt[v] > earliest) {
        earliest = fixedAt[v];
      }
      int days;
      if (kind[v] == DRAWN) {
        double u = random.nextDouble();
        days = fewest[v];
        for (int k = stepAt[v], end = stepAt[v + 1]; k < end; k++) {
          days += u >= steps[k] ? 1 : 0;
        }
      } else {
        days = fixedDays[v];
      }
      ef[v] = earliest + days - 1;
      driven[v] = by >= 0 && wait + 1 == earliest;
      if (leadsToClose[v]) {
        close = Math.max(close, ef[v]);
        if (latest < 0 || ef[v] > ef[latest] || ef[v] == ef[latest] && v < latest) {
          latest = v;
        }
      }
    }
    last = latest;
    return close;
  }

  /** The working days a commitment takes in this trial. */
  private int days(int v, SplittableRandom random, boolean worst) {
    if (high[v] == 0) {
      return fixedDays[v]; // no estimate to draw from
    }
    if (worst) {
      return (int) high[v];
    }
    if (triangular) {
      double u = random.nextDouble();
      int days = fewest[v];
      for (int k = stepAt[v], end = stepAt[v + 1]; k < end && u >= steps[k]; k++) {
        days++;
      }
      return days;
    }
    double a = low[v];
    double b = high[v];
    double m = mode[v];
    double x;
    {
      double alpha = 1 + 4 * (m - a) / (b - a);
      double beta = 1 + 4 * (b - m) / (b - a);
      double g1 = gamma(alpha, random);
      double g2 = gamma(beta, random);
      x = a + (b - a) * g1 / (g1 + g2);
    }
    return Math.max(1, (int) (x + 0.5));
  }

  /** The working days of a triangular draw of {@code u} in {@code [0, 1)}, by the formula. */
  private int triangularDays(int v, double u) {
    double a = low[v];
    double b = high[v];
    double x = u < split[v] ? a + Math.sqrt(u * width[v] * rise[v]) : b - Math.sqrt((1 - u) * width[v] * fall[v]);
    return Math.max(1, (int) (x + 0.5));
  }

  /**
   * The steps of a commitment's triangular draw: for each number of days above the fewest, the least double
   * in {@code [0, 1)} that gives at least that many, by bisection on the doubles themselves. The formula does
   * not decrease on either side of the mode, every operation in it being correctly rounded, and days change
   * only at half-days, never at the mode (a whole number), so the steps are exact.
   */
  private void steps(int v) {
    long zero = Double.doubleToLongBits(0.0);
    long belowOne = Double.doubleToLongBits(Math.nextDown(1.0));
    int first = triangularDays(v, 0.0);
    int most = triangularDays(v, Math.nextDown(1.0));
    fewest[v] = first;
    int from = steps.length;
    steps = java.util.Arrays.copyOf(steps, from + most - first);
    for (int days = first + 1; days <= most; days++) {
      long lo = zero; // gives fewer days
      long hi = belowOne; // gives at least days
      while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        if (triangularDays(v, Double.longBitsToDouble(mid)) >= days) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      steps[from + days - first - 1] = Double.longBitsToDouble(hi);
    }
  }

  /** A gamma variate of shape at least 1 (Marsaglia and Tsang). */
  private static double gamma(double shape, SplittableRandom random) {
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = random.nextGaussian();
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Counts the trial's critical path: from the latest commitment the close waits for, back by drivers. */
  private void walkCriticalPath(int[] driver, boolean[] driven, long[] hits) {
    for (int v = last; v >= 0; v = driven[v] ? driver[v] : -1) {
      if (kind[v] != CANCELLED) {
        hits[v]++;
      }
    }
  }

  private CloseForecast summarize(int[] closes, long[] hits, Workdays.Table seller, int lo) {
    int trials = closes.length;
    int target = (int) plan.targetClose().toEpochDay();
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int close : closes) {
      counts.merge(close, 1, Integer::sum);
    }
    TreeMap<LocalDate, Integer> days = new TreeMap<>();
    double slip = 0;
    for (Map.Entry<Integer, Integer> day : counts.entrySet()) {
      days.put(LocalDate.ofEpochDay(day.getKey()), day.getValue());
      if (day.getKey() > target) {
        int late = target >= lo ? seller.between(target, day.getKey()) : day.getKey() - target;
        slip += Math.max(1, late) * (double) day.getValue();
      }
    }
    Map<io.github.mutualplan.CommitmentId, Double> criticality = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (kind[i] != CANCELLED) {
        criticality.put(net.commitments.get(i).id(), hits[i] / (double) trials);
      }
    }
    return ImmutableCloseForecast.builder()
        .plan(plan.id())
        .version(plan.version())
        .trials(trials)
        .seed(options.seed())
        .targetClose(plan.targetClose())
        .closeDays(days)
        .criticality(criticality)
        .expectedSlipDays(slip / trials)
        .build();
  }
}
