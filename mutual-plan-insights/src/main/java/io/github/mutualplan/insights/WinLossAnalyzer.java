package io.github.mutualplan.insights;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mutualplan.CloseReason;
import io.github.mutualplan.Commitment;
import io.github.mutualplan.CommitmentStatus;
import io.github.mutualplan.Keys;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanStatus;
import io.github.mutualplan.Provenance;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.history.PlanHistory;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Win-loss analysis of closed plans: which deals were won and lost, by factor (template, deal size, champion,
 * economic buyer, buyer stakeholders and the caller's own), how long they took, how each step went with winning,
 * and at which stage and why deals were lost. The entry point of the analysis; {@link WinLossAnalysis} says what
 * each part holds, and {@link WinLossReport} writes it as Markdown or as an HTML page with charts.
 *
 * <pre>{@code
 * // The plan does not record the customer's industry or segment: the caller knows them, here from its CRM by
 * // the plan's id.
 * Map<PlanId, String> segmentOf = crm.segmentsByPlan();     // {hospital-17=enterprise, clinic-3=mid-market, ...}
 * Map<PlanId, String> industryOf = crm.industriesByPlan();  // {hospital-17=healthcare, ...}
 * WinLossAnalyzer analyzer = WinLossAnalyzer.standard()
 *     .withFactor("segment", plan -> Optional.ofNullable(segmentOf.get(plan.id())))
 *     .withFactor("industry", plan -> Optional.ofNullable(industryOf.get(plan.id())))
 *     .withDealSizeBands(new BigDecimal("50000"), new BigDecimal("250000"));
 *
 * try (Stream<PlanHistory> closed = closedHistories()) {      // yours: read one at a time, kept by nobody
 *   WinLossAnalysis analysis = analyzer.analyze(closed);
 *   analysis.winRate();                                         // 81/263 (30.8 %)
 *   analysis.factor("segment").get("enterprise").lower(1.96);   // the 95 % interval's lower end
 *   Files.writeString(Path.of("win-loss.html"), WinLossReport.of(analysis).html());
 * }
 * }</pre>
 *
 * <p><b>What is counted.</b> A deal is a history whose {@linkplain PlanHistory#current() current plan} is closed,
 * won or lost; every other plan is left out and counted ({@link WinLossAnalysis#openSkipped()}). Everything is read
 * from the closed plan: its stakeholders, its commitments' statuses and dates, its closure. A deal's cycle length is
 * the calendar days from the plan's {@linkplain MutualActionPlan#start() start} to the day of its {@linkplain
 * io.github.mutualplan.Closure#closedAt() closure} in the plan's zone.
 *
 * <p><b>Deal sizes.</b> A deal's value falls in a band of its own currency: {@code EUR < 25,000},
 * {@code EUR 25,000–100,000}, {@code EUR 100,000–500,000}, {@code EUR ≥ 500,000} by default (a band holds its lower
 * bound, not its upper one). Values are not converted: a deal in USD falls in a USD band, beside the EUR ones, with
 * the same bounds.
 *
 * <p><b>The caller's factors.</b> A classifier gives a plan's level of the factor, such as its segment, or none
 * (empty), which counts as the level {@value WinLossAnalysis#UNKNOWN}. A classifier that throws, or returns null or
 * a blank level, fails the analysis with an {@link IllegalStateException} that names the factor and the plan's id,
 * with the classifier's exception as the cause. A classifier is called once for each closed deal, from the thread
 * that calls {@code analyze}.
 *
 * <p><b>Memory.</b> The analysis takes one pass over the histories and keeps none of them: it keeps counts by factor
 * level, step, stage and reason, and one {@code int} a deal for the cycle lengths.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class WinLossAnalyzer {
  /** Loss reasons: the built-in ones (but {@code other}) in their order, then a team's own by key, {@code other}. */
  static final Comparator<String> REASON_ORDER = reasonOrder();

  private static final List<BigDecimal> DEFAULT_BANDS =
      List.of(new BigDecimal("25000"), new BigDecimal("100000"), new BigDecimal("500000"));
  private static final WinLossAnalyzer STANDARD = new WinLossAnalyzer(ImmutableList.copyOf(DEFAULT_BANDS),
      ImmutableMap.of());

  private final ImmutableList<BigDecimal> bands;
  private final ImmutableList<String> boundTexts;
  private final ImmutableMap<String, Function<MutualActionPlan, Optional<String>>> factors;

  private WinLossAnalyzer(ImmutableList<BigDecimal> bands,
      ImmutableMap<String, Function<MutualActionPlan, Optional<String>>> factors) {
    this.bands = bands;
    this.boundTexts = bands.stream().map(WinLossAnalyzer::amount).collect(ImmutableList.toImmutableList());
    this.factors = factors;
  }

  /** An analyzer with the built-in factors only and the deal-size bands 25,000, 100,000 and 500,000. */
  public static WinLossAnalyzer standard() {
    return STANDARD;
  }

  /**
   * A copy that also counts deals by a factor of the caller's, such as the customer's segment or industry, which
   * the plan does not record (see the class comment for an example that looks them up by the plan's id).
   *
   * @param name the factor's name: a lower-case key ({@link Keys}), not one of {@link
   *     WinLossAnalysis#BUILT_IN_FACTORS} nor a factor added before
   * @param classifier a plan's level of the factor, or empty for {@value WinLossAnalysis#UNKNOWN}; called with
   *     each closed plan
   * @return the analyzer
   * @throws IllegalArgumentException naming the name if it is not a lower-case key, is built in or is taken
   */
  public WinLossAnalyzer withFactor(String name, Function<MutualActionPlan, Optional<String>> classifier) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(classifier, "classifier");
    if (!Keys.isValid(name) || !name.equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("name: must be a lower-case key (" + Keys.rule() + "), was \"" + name
          + "\"");
    }
    if (WinLossAnalysis.BUILT_IN_FACTORS.contains(name)) {
      throw new IllegalArgumentException("name: \"" + name + "\" is a built-in factor; the built-in factors are "
          + WinLossAnalysis.BUILT_IN_FACTORS);
    }
    if (factors.containsKey(name)) {
      throw new IllegalArgumentException("name: \"" + name + "\" is already a factor of this analyzer");
    }
    return new WinLossAnalyzer(bands, ImmutableMap.<String, Function<MutualActionPlan, Optional<String>>>builder()
        .putAll(factors).put(name, classifier).build());
  }

  /**
   * A copy with these deal-size bands: a deal whose value is less than the first bound falls in the first band,
   * one at least the last bound in the last, in its own currency (see the class comment).
   *
   * @param upperBounds the bands' upper bounds, at least one, positive and strictly increasing, such as 25000,
   *     100000, 500000 for the bands {@code < 25,000}, {@code 25,000–100,000}, {@code 100,000–500,000} and
   *     {@code ≥ 500,000}
   * @return the analyzer
   * @throws IllegalArgumentException naming the bound out of order or not positive
   * @throws NullPointerException naming {@code upperBounds[i]} for a null bound
   */
  public WinLossAnalyzer withDealSizeBands(BigDecimal... upperBounds) {
    Objects.requireNonNull(upperBounds, "upperBounds");
    if (upperBounds.length == 0) {
      throw new IllegalArgumentException("upperBounds: must have at least one bound, was none");
    }
    for (int i = 0; i < upperBounds.length; i++) {
      final int index = i;
      BigDecimal bound = Objects.requireNonNull(upperBounds[i], () -> "upperBounds[" + index + "]");
      if (bound.signum() <= 0) {
        throw new IllegalArgumentException("upperBounds[" + i + "]: must be positive, was " + bound.toPlainString());
      }
      if (i > 0 && bound.compareTo(upperBounds[i - 1]) <= 0) {
        throw new IllegalArgumentException("upperBounds[" + i + "]: must be greater than upperBounds[" + (i - 1)
            + "] (" + upperBounds[i - 1].toPlainString() + "), was " + bound.toPlainString());
      }
    }
    return new WinLossAnalyzer(ImmutableList.copyOf(upperBounds), factors);
  }

  /** The deal-size bands' upper bounds, from the smallest. */
  public List<BigDecimal> dealSizeBands() {
    return bands;
  }

  /** The names of the factors: the built-in ones, then the caller's in the order they were added. */
  public List<String> factors() {
    return ImmutableList.<String>builder().addAll(WinLossAnalysis.BUILT_IN_FACTORS).addAll(factors.keySet()).build();
  }

  /**
   * Analyses these histories.
   *
   * @param histories the deals' histories, none null; those whose current plan is not closed are left out
   * @return the analysis
   * @throws NullPointerException naming {@code histories[i]} for a null element
   * @throws IllegalStateException naming the factor and the plan when a classifier fails
   */
  public WinLossAnalysis analyze(Iterable<PlanHistory> histories) {
    Objects.requireNonNull(histories, "histories");
    return analyze(histories.iterator());
  }

  /**
   * Analyses these histories in one pass, keeping none of them; the stream is consumed, not closed.
   *
   * @param histories the deals' histories, none null; those whose current plan is not closed are left out
   * @return the analysis, equal to that of the same histories as an {@link Iterable}
   * @throws NullPointerException naming {@code histories[i]} for a null element
   * @throws IllegalStateException naming the factor and the plan when a classifier fails
   */
  public WinLossAnalysis analyze(Stream<PlanHistory> histories) {
    Objects.requireNonNull(histories, "histories");
    return analyze(histories.iterator());
  }

  private WinLossAnalysis analyze(Iterator<PlanHistory> histories) {
    Tally tally = new Tally();
    for (int i = 0; histories.hasNext(); i++) {
      final int index = i;
      PlanHistory history = Objects.requireNonNull(histories.next(), () -> "histories[" + index + "]");
      tally.add(history.current());
    }
    return tally.analysis();
  }

  /** The band of a deal's value, such as {@code EUR 25,000–100,000}, and its place among the bands. */
  private String band(Money value, int[] place) {
    String currency = value.currency().getCurrencyCode();
    int i = 0;
    while (i < bands.size() && value.amount().compareTo(bands.get(i)) >= 0) {
      i++;
    }
    place[0] = i;
    if (i == 0) {
      return currency + " < " + boundTexts.get(0);
    } else if (i == bands.size()) {
      return currency + " ≥ " + boundTexts.get(i - 1);
    }
    return currency + " " + boundTexts.get(i - 1) + "–" + boundTexts.get(i);
  }

  /** An amount with thousands grouped by commas, such as {@code 25,000} or {@code 2,500.5}. */
  static String amount(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMaximumFractionDigits(Math.max(0, amount.stripTrailingZeros().scale()));
    return format.format(amount);
  }

  private static String buyerStakeholders(MutualActionPlan plan) {
    long n = plan.stakeholders().stream().filter(s -> s.side() == Side.BUYER).count();
    return n <= 2 ? Long.toString(n) : n <= 4 ? "3–4" : "5+";
  }

  private static boolean engaged(MutualActionPlan plan, Role role) {
    return plan.stakeholders().stream().anyMatch(s -> s.side() == Side.BUYER && s.hasRole(role));
  }

  /** The milestone a lost deal reached, and its place in the plan's milestones; empty when none. */
  private static Optional<Map.Entry<String, Integer>> stageReached(MutualActionPlan plan) {
    Map<MilestoneId, int[]> byMilestone = new HashMap<>(); // done, neither done nor cancelled
    for (Commitment c : plan.commitments()) {
      if (c.milestone().isPresent()) {
        int[] n = byMilestone.computeIfAbsent(c.milestone().get(), k -> new int[2]);
        if (c.status() == CommitmentStatus.DONE) {
          n[0]++;
        } else if (c.status() != CommitmentStatus.CANCELLED) {
          n[1]++;
        }
      }
    }
    List<Milestone> milestones = plan.milestones();
    for (int i = milestones.size() - 1; i >= 0; i--) {
      int[] n = byMilestone.get(milestones.get(i).id());
      if (n != null && n[0] > 0 && n[1] == 0) {
        return Optional.of(Map.entry(milestones.get(i).id().key(), i));
      }
    }
    return Optional.empty();
  }

  private static Comparator<String> reasonOrder() {
    List<String> builtIn = CloseReason.builtIn().stream().filter(r -> !r.isWin())
        .map(CloseReason::key).filter(k -> !k.equals(CloseReason.LOST_OTHER.key())).collect(Collectors.toList());
    Function<String, Integer> group = key -> builtIn.contains(key) ? 0
        : key.equals(CloseReason.LOST_OTHER.key()) ? 2 : 1;
    return Comparator.comparing(group).thenComparing((String key) -> builtIn.indexOf(key))
        .thenComparing(Comparator.naturalOrder());
  }

  /** The counts of one analysis. */
  private final class Tally {
    int won;
    int lost;
    int open;
    /** Factor, level: deals won, deals. */
    final Map<String, Map<String, int[]>> levels = new LinkedHashMap<>();
    /** Deal-size level: currency, then place among the bands. */
    final Map<String, String> bandOrder = new HashMap<>();
    int[] wonDays = new int[16];
    int[] lostDays = new int[16];
    /** Step: done won, done, skipped won, skipped, late won, late. */
    final Map<String, int[]> steps = new HashMap<>();
    /** Stage, reason: lost deals. */
    final Map<String, Map<String, Integer>> losses = new HashMap<>();
    /** Stage: its earliest place among the milestones of a plan that reached it. */
    final Map<String, Integer> stagePlace = new HashMap<>();

    Tally() {
      WinLossAnalysis.BUILT_IN_FACTORS.forEach(f -> levels.put(f, new HashMap<>()));
      factors.keySet().forEach(f -> levels.put(f, new HashMap<>()));
    }

    void add(MutualActionPlan plan) {
      if (!plan.status().isClosed()) {
        open++;
        return;
      }
      boolean isWon = plan.status() == PlanStatus.CLOSED_WON;
      int win = isWon ? 1 : 0;
      int[] place = new int[1];
      String band = band(plan.deal().value(), place);
      bandOrder.put(band, String.format(Locale.ROOT, "%s%05d", plan.deal().value().currency().getCurrencyCode(),
          place[0]));
      count(WinLossAnalysis.TEMPLATE, plan.provenance().map(Provenance::templateId).orElse(WinLossAnalysis.NONE),
          win);
      count(WinLossAnalysis.DEAL_SIZE, band, win);
      count(WinLossAnalysis.CHAMPION, engaged(plan, Role.CHAMPION) ? WinLossAnalysis.YES : WinLossAnalysis.NO, win);
      count(WinLossAnalysis.ECONOMIC_BUYER, engaged(plan, Role.ECONOMIC_BUYER) ? WinLossAnalysis.YES
          : WinLossAnalysis.NO, win);
      count(WinLossAnalysis.BUYER_STAKEHOLDERS, buyerStakeholders(plan), win);
      factors.forEach((name, classifier) -> count(name, classify(name, classifier, plan), win));

      LocalDate closedOn = plan.closure().orElseThrow().closedAt().atZone(plan.zone()).toLocalDate();
      int days = (int) Math.max(0, Math.min(Integer.MAX_VALUE, ChronoUnit.DAYS.between(plan.start(), closedOn)));
      if (isWon) {
        wonDays = append(wonDays, won, days);
        won++;
      } else {
        lostDays = append(lostDays, lost, days);
        lost++;
      }

      for (Commitment c : plan.commitments()) {
        int[] n = steps.computeIfAbsent(c.id().key(), k -> new int[6]);
        if (c.status() == CommitmentStatus.DONE) {
          n[0] += win;
          n[1]++;
          if (c.due().isPresent() && c.completedOn().orElseThrow().isAfter(c.due().get())) {
            n[4] += win;
            n[5]++;
          }
        } else if (c.status() == CommitmentStatus.CANCELLED) {
          n[2] += win;
          n[3]++;
        }
      }

      if (!isWon) {
        Optional<Map.Entry<String, Integer>> stage = stageReached(plan);
        String key = stage.map(Map.Entry::getKey).orElse(WinLossAnalysis.NONE);
        stage.ifPresent(s -> stagePlace.merge(s.getKey(), s.getValue(), Math::min));
        losses.computeIfAbsent(key, k -> new HashMap<>()).merge(plan.closure().orElseThrow().reason().key(), 1,
            Integer::sum);
      }
    }

    private void count(String factor, String level, int win) {
      int[] n = levels.computeIfAbsent(factor, k -> new HashMap<>()).computeIfAbsent(level, k -> new int[2]);
      n[0] += win;
      n[1]++;
    }

    WinLossAnalysis analysis() {
      ImmutableMap.Builder<String, Map<String, Proportion>> byFactor = ImmutableMap.builder();
      levels.forEach((factor, byLevel) -> {
        Comparator<String> order = factor.equals(WinLossAnalysis.DEAL_SIZE)
            ? Comparator.comparing((String level) -> bandOrder.get(level)) : Comparator.naturalOrder();
        byFactor.put(factor, byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
            .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
                e -> Proportion.of(e.getValue()[0], e.getValue()[1]))));
      });
      ImmutableList<StepWinLoss> bySteps = steps.entrySet().stream()
          .filter(e -> e.getValue()[1] + e.getValue()[3] > 0).sorted(Map.Entry.comparingByKey())
          .map(e -> {
            int[] n = e.getValue();
            return new StepWinLoss(e.getKey(), Proportion.of(n[0], n[1]), Proportion.of(n[2], n[3]),
                Proportion.of(n[4], n[5]));
          })
          .collect(ImmutableList.toImmutableList());
      Comparator<String> stageOrder = Comparator.comparing((String stage) -> stagePlace.getOrDefault(stage, -1))
          .thenComparing(Comparator.naturalOrder());
      ImmutableMap<String, Map<String, Integer>> byStage = losses.entrySet().stream()
          .sorted(Map.Entry.comparingByKey(stageOrder))
          .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> e.getValue().entrySet().stream()
              .sorted(Map.Entry.comparingByKey(REASON_ORDER))
              .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue))));
      return new WinLossAnalysis(won, lost, open, byFactor.build(), CycleLengths.of(wonDays, won),
          CycleLengths.of(lostDays, lost), bySteps, byStage);
    }
  }

  private static String classify(String factor, Function<MutualActionPlan, Optional<String>> classifier,
      MutualActionPlan plan) {
    Optional<String> level;
    try {
      level = classifier.apply(plan);
    } catch (RuntimeException e) {
      throw new IllegalStateException("factor " + factor + ": the classifier failed on plan " + plan.id() + ": " + e,
          e);
    }
    if (level == null) {
      throw new IllegalStateException("factor " + factor + ": the classifier returned null for plan " + plan.id()
          + "; return Optional.empty() when the plan has no level");
    }
    if (level.isPresent() && level.get().isBlank()) {
      throw new IllegalStateException("factor " + factor + ": the classifier returned a blank level for plan "
          + plan.id());
    }
    return level.orElse(WinLossAnalysis.UNKNOWN);
  }

  private static int[] append(int[] values, int size, int value) {
    int[] to = size < values.length ? values : Arrays.copyOf(values, values.length * 2);
    to[size] = value;
    return to;
  }
}
