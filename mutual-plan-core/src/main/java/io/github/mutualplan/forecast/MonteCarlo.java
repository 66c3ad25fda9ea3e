package io.github.mutualplan.forecast;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.internal.PlanGraph;
import io.github.mutualplan.internal.PlanNetwork;
import io.github.mutualplan.internal.Workdays;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The Monte Carlo forecast of one plan: every trial draws the open commitments' durations and runs the
 * forward pass of the critical path method on arrays, in frozen calendar tables that cover every date a trial
 * can reach (found by a first pass with every duration at its worst).
 */
final class MonteCarlo {
  private static final int NONE = PlanGraph.NONE;
  private static final int FIXED = 0;
  private static final int DRAWN = 1;
  private static final int DONE = 2;
  private static final int STARTED = 3;
  private static final int CANCELLED = 4;
  /** The trials run side by side by {@link #rankTrials}. */
  private static final int LANES = 4;
  /** A bucket with several steps; see {@link #bucketStep}. */
  private static final double SEVERAL = -1;

  private final MutualActionPlan plan;
  private final ForecastOptions options;
  private final PlanNetwork net;
  private final int n;
  private final int[] kind;
  /** The day no commitment starts before: the plan's start, or the as-of day if later. */
  private final int floor;
  /** The plan graph's fixed starts ({@code NONE} for a commitment that is not fixed); not to be written. */
  private final int[] fixedStart;
  private final int[] actualStart;
  private final int[] actualFinish;
  /** The network's durations: the days of a commitment not drawn; not to be written. */
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
   * The triangular draw as steps: a drawn commitment takes {@code fewest[v]} days, plus one for each of its
   * steps at most the uniform number drawn: the least numbers that give one day more, in
   * {@code steps[stepAt[v]..stepAt[v + 1] - 1)}, then an infinite step that no number reaches. Found with the
   * formula itself (see {@link #triangularDays}), so a draw gives the very same days as the formula, without
   * its square root and division. {@code dayBase[v]} is {@code stepAt[v] - fewest[v]}: the days are the
   * index of the first step above the number, less it.
   */
  private final int[] fewest;
  private final int[] stepAt;
  private final int[] dayBase;
  double[] steps = new double[16]; // read by the tests
  /**
   * And in buckets, so that a draw looks at one step rather than all: {@code [0, 1)} cut into {@code
   * buckets[v]} equal parts (a power of two, at least eight per step), and for each part, from {@code
   * bucketAt[v]}, the days at its lower end in {@code bucketDays} and in {@code bucketStep} the one step inside
   * it ({@link Double#POSITIVE_INFINITY} if none, {@link #SEVERAL} if more than one: only in the thin tails of
   * a wide estimate, where the steps are left to walk).
   */
  private final int[] bucketAt;
  private final double[] buckets;
  private int[] bucketDays = new int[64];
  private double[] bucketStep = new double[64];
  /** The commitment the close waited for in the last pass: the earliest in the plan among the latest. */
  private int last;
  private final int asOf;

  MonteCarlo(MutualActionPlan plan, ForecastOptions options, Optional<LocalDate> asOfDay) {
    this.plan = plan;
    this.options = options;
    this.net = new PlanNetwork(plan, options.scheduleOptions().calendar(plan, Side.BUYER),
        options.scheduleOptions().calendar(plan, Side.SELLER));
    this.n = net.graph.n;
    kind = new int[n];
    fixedStart = net.graph.fixedStart;
    actualStart = new int[n];
    actualFinish = new int[n];
    fixedDays = net.duration;
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
    dayBase = new int[n];
    bucketAt = new int[n + 1];
    buckets = new double[n];
    asOf = asOfDay.map(d -> (int) d.toEpochDay()).orElse(NONE);
    int start = (int) plan.start().toEpochDay();
    floor = asOf == NONE ? start : Math.max(start, asOf);
    for (int i = 0; i < n; i++) {
      Commitment c = net.graph.commitments.get(i);
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
      if (drawn && triangular) {
        steps(i);
      } else {
        fixed(i);
      }
      if (net.graph.cancelled[i]) {
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
    int[] link = new int[n];
    // Every trial's dates lie between the earliest start and the dates of the worst case.
    int lo = Math.min((int) plan.start().toEpochDay(), asOf == NONE ? Integer.MAX_VALUE : asOf);
    for (int i = 0; i < n; i++) {
      if (kind[i] == DONE || kind[i] == STARTED) {
        lo = Math.min(lo, actualStart[i]);
      }
    }
    lo -= 7;
    int worst = pass(new Growable(net), es, ef, link, null, true);
    int hi = worst + 31;
    for (int i = 0; i < n; i++) {
      hi = Math.max(hi, ef[i] + 31);
    }
    Workdays.Table[] tables = {net.calendars[0].freeze(lo, hi), net.calendars[1].freeze(lo, hi)};
    Calendars frozen = new Frozen(tables, net.graph.side);
    SplittableRandom random = new SplittableRandom(options.seed());
    int[] closes = new int[trials];
    long[] hits = new long[n];
    if (inWorkingDays()) {
      Workdays.Table table = tables[1];
      int[] earliestAt = new int[n]; // the index of the floor, or of the fixed day if later
      int floorAt = table.rankOf(floor);
      for (int i = 0; i < n; i++) {
        // A cancelled commitment's date may lie beyond the table: it is never looked at.
        int fixedAt = fixedStart[i] == NONE || kind[i] == CANCELLED ? NONE : table.rankOf(fixedStart[i]);
        earliestAt[i] = Math.max(floorAt, fixedAt);
      }
      rankTrials(table, random, earliestAt, closes, hits);
    } else {
      for (int t = 0; t < trials; t++) {
        closes[t] = pass(frozen, es, ef, link, random, false);
        countCriticalPath(last, link, 1, 0, hits);
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

  /**
   * One forward pass; returns the close day. With {@code worst}, every drawn duration is pessimistic. {@code
   * link[v]} becomes the dependency that set a commitment's start, or -1 (for a cancelled one, the dependency
   * whose finish it passes on).
   */
  private int pass(Calendars cal, int[] es, int[] ef, int[] link, SplittableRandom random, boolean worst) {
    int[] predAt = net.graph.predAt;
    int[] preds = net.graph.preds;
    int close = (int) plan.start().toEpochDay();
    boolean[] leadsToClose = net.graph.leadsToClose;
    int latest = -1;
    for (int v = 0; v < n; v++) { // the graph's nodes come after what they depend on
      int wait = NONE;
      int by = -1;
      for (int k = predAt[v]; k < predAt[v + 1]; k++) {
        int p = preds[k];
        if (ef[p] > wait) {
          wait = ef[p];
          by = p;
        }
      }
      switch (kind[v]) {
        case CANCELLED:
          ef[v] = wait;
          link[v] = by;
          continue;
        case DONE:
          es[v] = actualStart[v];
          ef[v] = actualFinish[v];
          link[v] = -1;
          break;
        case STARTED:
          es[v] = actualStart[v];
          ef[v] = Math.max(cal.plus(v, cal.onOrAfter(v, es[v]), days(v, random, worst) - 1), cal.onOrAfter(v, asOf));
          link[v] = -1;
          break;
        default:
          int earliest = floor;
          if (wait != NONE && wait + 1 > earliest) {
            earliest = wait + 1;
          }
          if (fixedStart[v] != NONE && fixedStart[v] > earliest) {
            earliest = fixedStart[v];
          }
          es[v] = cal.onOrAfter(v, earliest);
          ef[v] = cal.plus(v, es[v], days(v, random, worst) - 1);
          // When the dependency set the earliest day, it set the start; else look it up.
          link[v] = by >= 0 && (earliest == wait + 1 || cal.onOrAfter(v, wait + 1) == es[v]) ? by : -1;
          break;
      }
      if (leadsToClose[v]) {
        if (ef[v] > close) {
          close = ef[v];
        }
        if (latest < 0 || ef[v] > ef[latest]
            || ef[v] == ef[latest] && net.graph.position(v) < net.graph.position(latest)) {
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
        && net.calendars[0].calendar().equals(net.calendars[1].calendar());
  }

  /**
   * The trials of {@link #pass} in working days, {@link #LANES} at a time: node finishes are indexes of working
   * days in the frozen table, so a start is the day after the latest dependency's finish and a finish the
   * start plus the duration, without a calendar lookup; the same days as {@link #pass} for the plans {@link
   * #inWorkingDays} admits. The lanes are independent trials side by side ({@code ef[v * LANES + lane]}), so
   * that the processor overlaps their chains of dependencies; their numbers are drawn first, trial by trial,
   * in the order {@link #pass} draws them, so the forecast is the same as one trial at a time.
   */
  private void rankTrials(Workdays.Table table, SplittableRandom random, int[] earliestAt, int[] closes,
      long[] hits) {
    int[] predAt = net.graph.predAt;
    int[] preds = net.graph.preds;
    int[] drawn = new int[n]; // the drawn commitments, in the order of the passes
    int drawnCount = 0;
    int[] closers = new int[n]; // what the close waits for, in the plan's order
    int closerCount = 0;
    for (int p = 0; p < n; p++) {
      int v = net.graph.node(p);
      if (net.graph.leadsToClose[v] && kind[v] != CANCELLED) {
        closers[closerCount++] = v;
      }
    }
    for (int v = 0; v < n; v++) {
      if (kind[v] == DRAWN) {
        drawn[drawnCount++] = v;
      }
    }
    int[] ef = new int[n * LANES];
    int[] link = new int[n * LANES]; // as in pass
    double[] draws = new double[n * LANES];
    int start = (int) plan.start().toEpochDay();
    for (int t = 0; t < closes.length; t += LANES) {
      int lanes = Math.min(LANES, closes.length - t);
      for (int lane = 0; lane < lanes; lane++) {
        for (int d = 0; d < drawnCount; d++) {
          draws[drawn[d] * LANES + lane] = random.nextDouble();
        }
      }
      for (int v = 0; v < n; v++) {
        boolean cancelled = kind[v] == CANCELLED;
        for (int lane = 0; lane < LANES; lane++) {
          int wait = NONE;
          int by = -1;
          for (int k = predAt[v]; k < predAt[v + 1]; k++) {
            int p = preds[k];
            int f = ef[p * LANES + lane];
            by = f > wait ? p : by;
            wait = Math.max(wait, f);
          }
          int at = v * LANES + lane;
          if (cancelled) {
            ef[at] = wait;
            link[at] = by;
            continue;
          }
          // Without dependencies, wait + 1 is below every index. A maximum and a conditional value rather
          // than branches: the draws make branches here unpredictable. A commitment not drawn has one bucket.
          int earliest = Math.max(earliestAt[v], wait + 1);
          ef[at] = earliest + triangularDraw(v, draws[at]) - 1;
          link[at] = wait + 1 == earliest ? by : -1;
        }
      }
      for (int lane = 0; lane < lanes; lane++) {
        int close = NONE;
        int latest = -1; // the earliest in the plan among the latest
        for (int c = 0; c < closerCount; c++) {
          int f = ef[closers[c] * LANES + lane];
          latest = f > close ? closers[c] : latest;
          close = Math.max(close, f);
        }
        // The close is at least the plan's start, which need not be a working day.
        closes[t + lane] = close == NONE ? start : Math.max(start, table.dayAt(close));
        countCriticalPath(latest, link, LANES, lane, hits);
      }
    }
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
      return triangularDraw(v, random.nextDouble());
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

  /** The working days of a triangular draw of {@code u} in {@code [0, 1)}, by the steps (and the tests). */
  int triangularDraw(int v, double u) {
    int b = bucketAt[v] + (int) (u * buckets[v]);
    double step = bucketStep[b];
    if (step == SEVERAL) {
      int k = dayBase[v] + bucketDays[b];
      while (u >= steps[k]) {
        k++;
      }
      return k - dayBase[v];
    }
    return bucketDays[b] + (u >= step ? 1 : 0);
  }

  /** The working days of a triangular draw of {@code u} in {@code [0, 1)}, by the formula (and the tests). */
  int triangularDays(int v, double u) {
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
    int from = stepAt[v];
    dayBase[v] = from - first;
    int end = from + most - first; // the infinite step's place
    stepAt[v + 1] = end + 1;
    if (stepAt[v + 1] > steps.length) {
      steps = Arrays.copyOf(steps, Math.max(2 * steps.length, stepAt[v + 1]));
    }
    steps[end] = Double.POSITIVE_INFINITY;
    for (int days = first + 1; days <= most; days++) {
      // Bisect from a bracket around where the formula, solved for u, reaches days - 0.5: a few ulps wide.
      double guess = inverse(v, days - 0.5);
      long lo = guess > 0 ? Double.doubleToLongBits(Math.min(guess, Math.nextDown(1.0))) : zero; // NaN too
      long hi = lo;
      if (triangularDays(v, Double.longBitsToDouble(lo)) >= days) {
        for (long stride = 1; lo > zero && triangularDays(v, Double.longBitsToDouble(lo)) >= days; stride *= 2) {
          hi = lo;
          lo = Math.max(zero, lo - stride);
        } // now lo gives fewer days: it is zero, which gives the fewest, or was checked
      } else {
        for (long stride = 1; hi < belowOne && triangularDays(v, Double.longBitsToDouble(hi)) < days; stride *= 2) {
          lo = hi;
          hi = Math.min(belowOne, hi + stride);
        } // now hi gives at least days: it is the largest u below one, which gives the most, or was checked
      }
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
    int parts = Integer.highestOneBit(Math.max(1, 8 * (most - first)) * 2 - 1); // a power of two, >= 8 per step
    buckets[v] = parts;
    bucketAt[v + 1] = bucketAt[v] + parts;
    growBuckets(bucketAt[v + 1]);
    int k = from; // the first step above the bucket's lower end
    for (int b = 0; b < parts; b++) {
      while (steps[k] <= b / (double) parts) { // exact: parts is a power of two
        k++;
      }
      double upperEnd = (b + 1) / (double) parts;
      int inside = 0;
      while (steps[k + inside] < upperEnd) {
        inside++;
      }
      bucketDays[bucketAt[v] + b] = k - dayBase[v];
      bucketStep[bucketAt[v] + b] = inside == 0 ? Double.POSITIVE_INFINITY : inside == 1 ? steps[k] : SEVERAL;
    }
  }

  /** One bucket that always gives the commitment's fixed days, for {@link #rankTrials}. */
  private void fixed(int v) {
    stepAt[v + 1] = stepAt[v];
    bucketAt[v + 1] = bucketAt[v] + 1;
    buckets[v] = 1;
    growBuckets(bucketAt[v + 1]);
    bucketDays[bucketAt[v]] = fixedDays[v];
    bucketStep[bucketAt[v]] = Double.POSITIVE_INFINITY;
  }

  /** Makes room for {@code size} buckets. */
  private void growBuckets(int size) {
    if (size > bucketDays.length) {
      int length = Math.max(2 * bucketDays.length, size);
      bucketDays = Arrays.copyOf(bucketDays, length);
      bucketStep = Arrays.copyOf(bucketStep, length);
    }
  }

  /** The {@code u} at which the triangular formula gives {@code x}, in real numbers: a guess for {@link #steps}. */
  private double inverse(int v, double x) {
    return x <= mode[v] ? (x - low[v]) * (x - low[v]) / (width[v] * rise[v])
        : 1 - (high[v] - x) * (high[v] - x) / (width[v] * fall[v]);
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

  /**
   * Counts a trial's critical path: from the latest commitment the close waits for, back along the
   * dependencies that set each start ({@code link[v * lanes + lane]}, see {@link #pass}).
   */
  private void countCriticalPath(int latest, int[] link, int lanes, int lane, long[] hits) {
    for (int v = latest; v >= 0; v = link[v * lanes + lane]) {
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
    for (int p = 0; p < n; p++) {
      int i = net.graph.node(p);
      if (kind[i] != CANCELLED) {
        criticality.put(net.graph.commitments.get(i).id(), hits[i] / (double) trials);
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
