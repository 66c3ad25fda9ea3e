package io.github.mutualplan.risk;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.calendar.WorkCalendar;
import io.github.mutualplan.engine.Workdays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every built-in rule has: its identifier and the findings it can make, each a {@link Findings.Variant}
 * with its severity and its texts ({@code messages_*.properties} beside this class). A rule declares its
 * variants as fields, {@code private final Findings.Variant stalled = variant("stalled", Severity.CRITICAL);},
 * so their texts are looked up when the rule is made: a missing text fails every assessment at once, and
 * {@code BuiltInRuleTextsTest} names it, long before the rule first fires.
 *
 * <p>A subclass documents what it detects, why it matters (citing the sources the domain comes from) and which
 * {@link RiskPolicy} thresholds it reads; {@link StandardRules} lists them.
 */
abstract class BuiltInRule implements RiskRule {
  private final RiskRuleId id;
  private final List<Findings.Variant> variants = new ArrayList<>();

  BuiltInRule(String id) {
    this.id = RiskRuleId.of(id);
  }

  /** Declares a finding this rule can make: its texts are {@code id.name.message} and {@code id.name.action}. */
  final Findings.Variant variant(String name, Severity severity) {
    Findings.Variant variant = Findings.variant(id, name, severity);
    variants.add(variant);
    return variant;
  }

  @Override
  public final RiskRuleId id() {
    return id;
  }

  /** The keys of every text this rule can say, in the order its variants are declared. */
  final List<String> textKeys() {
    List<String> keys = new ArrayList<>();
    variants.forEach(v -> v.textKeys().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    return keys;
  }

  @Override
  public final String toString() {
    return "RiskRule[" + id + "]";
  }

  /** Whether a commitment is still to be done. */
  static boolean pending(Commitment c) {
    return c.status().isPending();
  }

  /** Working days {@code d} with {@code from < d <= to} in the calendar. */
  static int workingDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
    int a = (int) from.toEpochDay();
    return new Workdays(calendar, a).between(a, (int) to.toEpochDay());
  }

  /** Working days, of the side that owes it, a pending commitment is past its due date; 0 when it is not. */
  static int daysLate(RiskContext context, Commitment c) {
    if (!pending(c)) {
      return 0;
    }
    Optional<LocalDate> due = c.due(); // only now: each call makes an Optional, and most commitments are done
    if (due.isEmpty() || !due.get().isBefore(context.asOf())) {
      return 0;
    }
    return workingDays(context.schedule().calendar(c.owingSide()), due.get(), context.asOf());
  }
}
