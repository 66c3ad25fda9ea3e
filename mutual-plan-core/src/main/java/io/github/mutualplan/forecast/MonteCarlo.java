package io.github.mutualplan.forecast;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.DurationEstimate;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Side;
import io.github.mutualplan.engine.ForwardPass;
import io.github.mutualplan.engine.PlanGraph;
import io.github.mutualplan.engine.PlanNetwork;
import io.github.mutualplan.engine.Workdays;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The Monte Carlo forecast of one plan: every trial draws the open commitments' durations and runs the
 * schedule's {@link ForwardPass} on them, in frozen calendar tables that cover every date a trial can reach
 * (found by a first pass with every duration at its worst); when both sides share a calendar and nothing is
 * done yet, in working-day indexes, four trials at a time ({@link #rankTrials}).
 */
final class MonteCarlo {
  private static final int NONE = PlanGraph.NONE;
  /** The trials run side by side by {@link #rankTrials}. */
  private static final int LANES = 4;
  /** The draws a PERT estimate is given to reach a started commitment's fewest days; see {@link #days}. */
  private static final int MAX_TRIES = 1_000;
  /** A bucket with several steps; see {@link #bucketStep}. */
  private static final double SEVERAL = -1;

  private final MutualActionPlan plan;
  private final ForecastOptions options;
  private final PlanNetwork net;
  private final int n;
  /** The forward pass: the schedule's, run once per trial. */
  private final ForwardPass pass;
  /** The plan graph's fixed starts ({@code NONE} for a commitment that is not fixed); not to be written. */
  private final int[] fixedStart;
  /** The network's durations: the days of a commitment not drawn; not to be written. */
  private final int[] fixedDays;
  /**
   * The nodes whose days each trial draws, in the order of the nodes: planned or started ones with an estimate
   * of some spread.
   */
  private final int[] drawnNodes;
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
  private final int asOf;

  MonteCarlo(MutualActionPlan plan, ForecastOptions options, Optional<LocalDate> asOfDay) {
    this.plan = plan;
    this.options = options;
    this.net = new PlanNetwork(plan, options.scheduleOptions().calendar(plan, Side.BUYER),
        options.scheduleOptions().calendar(plan, Side.SELLER));
    this.n = net.graph.n;
    fixedStart = net.graph.fixedStart;
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
    asOf = asOfDay.isPresent() ? (int) asOfDay.get().toEpochDay() : NONE;
    pass = new ForwardPass(net, asOf);
    int[] drawnFound = new int[n];
    int drawnCount = 0;
    for (int i = 0; i < n; i++) {
      Commitment c = net.graph.commitments.get(i);
      DurationEstimate e = c.estimate().orElse(null);
      boolean drawn = false;
      if (e != null && e.optimistic() < e.pessimistic()) {
        drawn = true;
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
      byte kind = pass.kind(i);
      if (drawn && (kind == ForwardPass.PLANNED || kind == ForwardPass.STARTED)) {
        drawnFound[drawnCount++] = i;
      }
    }
    drawnNodes = Arrays.copyOf(drawnFound, drawnCount);
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
      if (pass.actual(i)) {
        lo = Math.min(lo, pass.actualStart(i));
      }
      if (pass.dueFinish(i) != NONE) {
        lo = Math.min(lo, pass.dueFinish(i));
      }
    }
    lo -= 7;
    int[] days = fixedDays.clone();
    for (int v : drawnNodes) {
      days[v] = (int) high[v];
    }
    int worst = pass.run(days, net.calendars, es, ef, link);
    int hi = worst + 31;
    for (int i = 0; i < n; i++) {
      hi = Math.max(hi, ef[i] + 31);
    }
    Workdays.Table[] tables = {net.calendars[0].freeze(lo, hi), net.calendars[1].freeze(lo, hi)};
    SplittableRandom random = new SplittableRandom(options.seed());
    int[] closes = new int[trials];
    long[] hits = new long[n];
    if (inWorkingDays()) {
      Workdays.Table table = tables[1];
      int[] earliestAt = new int[n]; // the index of the floor, or of the fixed day if later
      int[] dueAt = new int[n]; // the index of the due date's last working day, or NONE
      int floorAt = table.rankOf(pass.floor());
      for (int i = 0; i < n; i++) {
        // A cancelled commitment's date may lie beyond the table: it is never looked at.
        boolean cancelled = pass.kind(i) == ForwardPass.CANCELLED;
        int fixedAt = fixedStart[i] == NONE || cancelled ? NONE : table.rankOf(fixedStart[i]);
        earliestAt[i] = Math.max(floorAt, fixedAt);
        dueAt[i] = pass.dueFinish(i) == NONE ? NONE : table.rankOf(pass.dueFinish(i));
      }
      rankTrials(table, random, earliestAt, dueAt, closes, hits);
    } else {
      int[] fewestDays = new int[n]; // a started commitment's: it was not done before the as-of day
      for (int v : drawnNodes) {
        fewestDays[v] = pass.fewestDays(v, tables);
      }
      for (int t = 0; t < trials; t++) {
        for (int v : drawnNodes) {
          days[v] = days(v, random, fewestDays[v]);
        }
        closes[t] = pass.run(days, tables, es, ef, link);
        countCriticalPath(pass.lastCloser(), link, 1, 0, hits);
      }
    }
    return summarize(closes, hits, tables[1], lo);
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
   * The trials of the {@link ForwardPass} in working days, {@link #LANES} at a time: node finishes are indexes
   * of working days in the frozen table, so a start is the day after the latest dependency's finish and a
   * finish the start plus the duration, or the index of the due date's last working day if later ({@link
   * ForwardPass#finishInRanks}), without a calendar lookup. For the plans {@link #inWorkingDays} admits (one
   * calendar, nothing done or started) this is the pass's rule read through the table: the first working day
   * on or after a day is its index, {@code plus} an addition, and the index of a later day is never lower, so
   * maxima and comparisons keep their order; a forecast property checks that both give the same forecast. The
   * lanes are independent trials side by side ({@code ef[v * LANES + lane]}), so that the processor overlaps
   * their chains of dependencies; their numbers are drawn first, trial by trial, in the order the pass draws
   * them, so the forecast is the same as one trial at a time.
   */
  private void rankTrials(Workdays.Table table, SplittableRandom random, int[] earliestAt, int[] dueAt,
      int[] closes, long[] hits) {
    int[] predAt = net.graph.predAt;
    int[] preds = net.graph.preds;
    int[] drawn = drawnNodes; // in the order of the passes
    int drawnCount = drawn.length;
    int[] closers = new int[n]; // what the close waits for, in the plan's order
    int closerCount = 0;
    boolean[] cancelledNode = new boolean[n];
    for (int p = 0; p < n; p++) {
      int v = net.graph.node(p);
      cancelledNode[v] = pass.kind(v) == ForwardPass.CANCELLED;
      if (net.graph.leadsToClose[v] && !cancelledNode[v]) {
        closers[closerCount++] = v;
      }
    }
    int[] ef = new int[n * LANES];
    int[] link = new int[n * LANES]; // as the pass fills it
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
        boolean cancelled = cancelledNode[v];
        int due = dueAt[v];
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
          // Without dependencies, wait + 1 is below every index. Maxima and a conditional value rather than
          // branches: the draws make branches here unpredictable. A commitment not drawn has one bucket.
          int earliest = Math.max(earliestAt[v], wait + 1);
          int days = triangularDraw(v, draws[at]);
          if (due == NONE) { // the rule without an agreed date, as most commitments are: no maximum to take
            ef[at] = earliest + days - 1;
            link[at] = wait + 1 == earliest ? by : -1;
          } else {
            int finish = ForwardPass.finishInRanks(earliest, days, due);
            ef[at] = finish;
            link[at] = wait + 1 == earliest && earliest + days - 1 == finish ? by : -1;
          }
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

  /**
   * The working days a drawn commitment takes in this trial, drawn from its estimate given that it takes at least
   * {@code atLeast} (a started one that was not done before the as-of day: the draw is conditioned on that, not
   * cut to it). An estimate that no longer reaches {@code atLeast} is spent: the commitment takes those days,
   * finishing on the as-of day. A triangular draw is conditioned exactly, through its steps; a PERT one by drawing
   * again, up to {@value #MAX_TRIES} times, after which the estimate counts as spent in that trial.
   */
  private int days(int v, SplittableRandom random, int atLeast) {
    if (triangular) {
      double u = random.nextDouble();
      if (atLeast > fewest[v]) {
        int most = stepAt[v + 1] - 1 - dayBase[v];
        if (atLeast > most) {
          return atLeast;
        }
        double floor = steps[dayBase[v] + atLeast - 1]; // the least u that gives that many days
        u = Math.min(Math.nextDown(1.0), floor + u * (1 - floor));
      }
      return triangularDraw(v, u);
    }
    if (atLeast > (int) (high[v] + 0.5)) {
      return atLeast;
    }
    for (int tries = 0; tries < MAX_TRIES; tries++) {
      int days = pertDays(v, random);
      if (days >= atLeast) {
        return days;
      }
    }
    return atLeast;
  }

  /** The working days of a PERT draw: a beta variate between the optimistic and pessimistic cases, rounded. */
  private int pertDays(int v, SplittableRandom random) {
    double a = low[v];
    double b = high[v];
    double m = mode[v];
    double alpha = 1 + 4 * (m - a) / (b - a);
    double beta = 1 + 4 * (b - m) / (b - a);
    double g1 = gamma(alpha, random);
    double g2 = gamma(beta, random);
    double x = a + (b - a) * g1 / (g1 + g2);
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
   * dependencies that set each start ({@code link[v * lanes + lane]}, see {@link ForwardPass#run}).
   */
  private void countCriticalPath(int latest, int[] link, int lanes, int lane, long[] hits) {
    boolean[] cancelled = net.graph.cancelled;
    for (int v = latest; v >= 0; v = link[v * lanes + lane]) {
      if (!cancelled[v]) {
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
      if (pass.kind(i) != ForwardPass.CANCELLED) {
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
