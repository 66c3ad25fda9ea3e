package io.github.mutualplan.examples.spark;

import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Responsibility;
import io.github.mutualplan.Role;
import io.github.mutualplan.testing.PlanSamplers;
import io.github.mutualplan.testing.SamplePlans;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A seeded portfolio of plans of several tenants, as PortfolioBenchmark makes its 100,000: a number of distinct plans,
 * each copied again and again with its own id, deal value and tenant, sharing their immutable parts, so that a
 * million plans need not be in memory nor on disk. Plan {@code i} is the same wherever it is made: in a Spark task
 * from its partition's range, or in one JVM.
 *
 * <p>Four in five distinct plans are the test kit's sampled plans, which are at risk or critical as of {@link
 * #AS_OF} (no champion, overdue steps, ...); the fifth is the kit's healthcare closing plan with an economic buyer
 * and an accountable person for each milestone, healthy as of that day, so that every band has plans.
 */
final class SyntheticPortfolio implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The day the tests and ScaleRun assess the plans as of. */
  static final LocalDate AS_OF = LocalDate.of(2027, 5, 12);

  private static final ConcurrentMap<List<Object>, List<MutualActionPlan>> BASES = new ConcurrentHashMap<>();

  private final int distinct;
  private final int tenants;
  private final boolean openOnly;

  private SyntheticPortfolio(int distinct, int tenants, boolean openOnly) {
    this.distinct = distinct;
    this.tenants = tenants;
    this.openOnly = openOnly;
  }

  /** Copies of this many distinct plans of every status, open and closed, of up to 20 commitments. */
  static SyntheticPortfolio of(int distinct, int tenants) {
    return new SyntheticPortfolio(distinct, tenants, false);
  }

  /** Copies of this many distinct open plans of up to 20 commitments, as a portfolio to assess is. */
  static SyntheticPortfolio open(int distinct, int tenants) {
    return new SyntheticPortfolio(distinct, tenants, true);
  }

  /** Plan {@code i}. */
  TenantPlan plan(long i) {
    MutualActionPlan base = bases().get((int) (i % distinct));
    SplittableRandom random = new SplittableRandom(i);
    Money value = Money.of(BigDecimal.valueOf(10_000 + random.nextInt(990_000)), base.deal().value().currency());
    MutualActionPlan plan = MutualActionPlan.builder().from(base).id(PlanId.of("deal-" + i))
        .deal(Deal.of(base.deal().accountName(), value)).build();
    return new TenantPlan("tenant-" + random.nextInt(tenants), "synthetic plan " + i, plan);
  }

  /** Plans {@code from} to {@code to} (exclusive), made as they are read. */
  Iterator<TenantPlan> plans(long from, long to) {
    return LongStream.range(from, to).mapToObj(this::plan).iterator();
  }

  private static MutualActionPlan healthy() {
    MutualActionPlan plan = SamplePlans.healthcareClosingPlan().build();
    return plan.withStakeholders(plan.stakeholders().stream()
            .map(s -> s.id().equals(SamplePlans.DANA_CFO) ? s.withRoles(Role.DECISION_MAKER, Role.ECONOMIC_BUYER) : s)
            .collect(Collectors.toList()))
        .withMilestones(plan.milestones().stream()
            .map(m -> m.withResponsibilities(Responsibility.accountable(SamplePlans.ALEX_AE)))
            .collect(Collectors.toList()));
  }

  /** The distinct plans, made once per JVM (a Spark executor's tasks share them). */
  private List<MutualActionPlan> bases() {
    return BASES.computeIfAbsent(List.of(distinct, openOnly), key -> {
      List<MutualActionPlan> made = new ArrayList<>(distinct);
      for (int k = 0; k < distinct; k++) {
        made.add(k % 5 == 4 ? healthy() : (openOnly ? PlanSamplers.openPlans(20) : PlanSamplers.plans(20)).sample(k));
      }
      return made;
    });
  }
}
