package io.github.mutualplan.history;

import io.github.mutualplan.Commitment;
import io.github.mutualplan.DecisionCriterion;
import io.github.mutualplan.Milestone;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Objective;
import io.github.mutualplan.SignOff;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.SuccessMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a plan, item by item and field by field.
 *
 * <pre>{@code
 * for (PlanDiff.Difference d : history.diff(3, 7).differences()) {
 *   System.out.println(d); // commitments[security-review].due: 2027-03-05 -> 2027-03-12
 * }
 * }</pre>
 *
 * <p>Items are matched by identifier, so a renamed or moved item is one change, not a removal and an addition.
 * The version number itself is not compared.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanDiff {
  PlanDiff() {}

  /** The differences, plan fields first, then list by list in the plan's order. */
  public abstract List<Difference> differences();

  /** Whether the two versions have the same content. */
  public final boolean isEmpty() {
    return differences().isEmpty();
  }

  /**
   * Compares two plans, normally two versions of one plan.
   *
   * @param before the earlier plan
   * @param after the later plan
   * @return what changed from {@code before} to {@code after}
   */
  public static PlanDiff between(MutualActionPlan before, MutualActionPlan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Difference> out = new ArrayList<>();
    fields(out, "plan", Optional.empty(), planFields(before), planFields(after));
    items(out, "stakeholders", before.stakeholders(), after.stakeholders(), Stakeholder::id, PlanDiff::fields);
    items(out, "objectives", before.objectives(), after.objectives(), Objective::id, PlanDiff::fields);
    items(out, "successMetrics", before.successMetrics(), after.successMetrics(), SuccessMetric::id,
        PlanDiff::fields);
    items(out, "decisionCriteria", before.decisionCriteria(), after.decisionCriteria(), DecisionCriterion::id,
        PlanDiff::fields);
    items(out, "milestones", before.milestones(), after.milestones(), Milestone::id, PlanDiff::fields);
    items(out, "commitments", before.commitments(), after.commitments(), Commitment::id, PlanDiff::fields);
    items(out, "signOffs", before.signOffs(), after.signOffs(), SignOff::stakeholder, PlanDiff::fields);
    return ImmutablePlanDiff.builder().differences(out).build();
  }

  /** One difference: an item added, removed or changed, or a list reordered. */
  @Value.Immutable
  public abstract static class Difference {
    Difference() {}

    /** What kind of difference. */
    public enum Kind {
      /** The item is new. */
      ADDED,
      /** The item is gone. */
      REMOVED,
      /** A field of the plan or of an item changed. */
      CHANGED,
      /** The items of a list are in another order. */
      REORDERED
    }

    /** What kind of difference. */
    public abstract Kind kind();

    /** The list, such as {@code commitments}, or {@code plan} for the plan's own fields. */
    public abstract String section();

    /** The item's key, for a difference in one item. */
    public abstract Optional<String> item();

    /** The field, for a {@link Kind#CHANGED} difference. */
    public abstract Optional<String> field();

    /** The value before, if there was one: a field's value, an item's summary, a list's order. */
    public abstract Optional<String> before();

    /** The value after, if there is one. */
    public abstract Optional<String> after();

    /** Where, for example {@code commitments[security-review].due}, or {@code targetClose} for the plan. */
    public final String path() {
      if (section().equals("plan")) {
        return field().orElse("plan");
      }
      return section() + item().map(i -> "[" + i + "]").orElse("") + field().map(f -> "." + f).orElse("");
    }

    /** Returns {@code path: before -> after}, or the path and what happened to the item. */
    @Override
    public final String toString() {
      switch (kind()) {
        case ADDED:
          return path() + ": added";
        case REMOVED:
          return path() + ": removed";
        default:
          return path() + ": " + before().orElse("(none)") + " -> " + after().orElse("(none)");
      }
    }
  }

  private static <T, K> void items(List<Difference> out, String section, List<T> before, List<T> after,
      Function<T, K> id, Function<T, Map<String, Object>> fields) {
    Map<K, T> old = before.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    Map<K, T> now = after.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    List<K> keptBefore = old.keySet().stream().filter(now::containsKey).collect(Collectors.toList());
    List<K> keptAfter = now.keySet().stream().filter(old::containsKey).collect(Collectors.toList());
    if (!keptBefore.equals(keptAfter)) {
      out.add(difference(Difference.Kind.REORDERED, section, Optional.empty(), Optional.empty(),
          Optional.of(join(keptBefore)), Optional.of(join(keptAfter))));
    }
    old.forEach((key, item) -> {
      if (!now.containsKey(key)) {
        out.add(difference(Difference.Kind.REMOVED, section, Optional.of(key.toString()), Optional.empty(),
            Optional.of(item.toString()), Optional.empty()));
      }
    });
    now.forEach((key, item) -> {
      T was = old.get(key);
      if (was == null) {
        out.add(difference(Difference.Kind.ADDED, section, Optional.of(key.toString()), Optional.empty(),
            Optional.empty(), Optional.of(item.toString())));
      } else if (!was.equals(item)) {
        fields(out, section, Optional.of(key.toString()), fields.apply(was), fields.apply(item));
      }
    });
  }

  private static void fields(List<Difference> out, String section, Optional<String> item,
      Map<String, Object> before, Map<String, Object> after) {
    before.forEach((field, was) -> {
      Object now = after.get(field);
      if (!Objects.equals(was, now)) {
        out.add(difference(Difference.Kind.CHANGED, section, item, Optional.of(field), text(was), text(now)));
      }
    });
  }

  private static Difference difference(Difference.Kind kind, String section, Optional<String> item,
      Optional<String> field, Optional<String> before, Optional<String> after) {
    return ImmutableDifference.builder().kind(kind).section(section).item(item).field(field)
        .before(before).after(after).build();
  }

  private static Optional<String> text(@Nullable Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Object::toString);
    }
    return Optional.of(String.valueOf(value));
  }

  private static String join(List<?> keys) {
    return keys.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private static Map<String, Object> planFields(MutualActionPlan p) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", p.title());
    f.put("deal", p.deal());
    f.put("sellerOrganization", p.sellerOrganization());
    f.put("buyerOrganization", p.buyerOrganization());
    f.put("start", p.start());
    f.put("targetClose", p.targetClose());
    f.put("zone", p.zone());
    f.put("buyerCalendar", p.buyerCalendar());
    f.put("sellerCalendar", p.sellerCalendar());
    f.put("kind", p.kind());
    f.put("status", p.status());
    f.put("sellerOwner", p.sellerOwner());
    f.put("buyerCoOwner", p.buyerCoOwner());
    f.put("closure", p.closure());
    f.put("provenance", p.provenance());
    return f;
  }

  private static Map<String, Object> fields(Stakeholder s) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("side", s.side());
    f.put("name", s.name());
    f.put("title", s.title());
    f.put("email", s.email());
    f.put("roles", s.roles());
    return f;
  }

  private static Map<String, Object> fields(Objective o) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", o.title());
    f.put("description", o.description());
    return f;
  }

  private static Map<String, Object> fields(SuccessMetric m) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", m.name());
    f.put("unit", m.unit());
    f.put("baseline", m.baseline());
    f.put("target", m.target());
    f.put("measuredBy", m.measuredBy());
    f.put("objective", m.objective());
    return f;
  }

  private static Map<String, Object> fields(DecisionCriterion c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", c.name());
    f.put("category", c.category());
    f.put("weight", c.weight());
    f.put("owner", c.owner());
    f.put("standing", c.standing());
    f.put("evidence", c.evidence());
    return f;
  }

  private static Map<String, Object> fields(Milestone m) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", m.name());
    f.put("targetDate", m.targetDate());
    f.put("exitCriteria", m.exitCriteria());
    f.put("closing", m.closing());
    f.put("visibility", m.visibility());
    f.put("responsibilities", m.responsibilities());
    return f;
  }

  private static Map<String, Object> fields(Commitment c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", c.title());
    f.put("deliverable", c.deliverable());
    f.put("owingSide", c.owingSide());
    f.put("start", c.start());
    f.put("due", c.due());
    f.put("durationDays", c.durationDays().isPresent() ? Optional.of(c.durationDays().getAsInt()) : Optional.empty());
    f.put("fixed", c.fixed());
    f.put("estimate", c.estimate());
    f.put("dependsOn", c.dependsOn());
    f.put("milestone", c.milestone());
    f.put("status", c.status());
    f.put("startedOn", c.startedOn());
    f.put("completedOn", c.completedOn());
    f.put("visibility", c.visibility());
    f.put("responsibilities", c.responsibilities());
    f.put("tags", c.tags());
    f.put("note", c.note());
    return f;
  }

  private static Map<String, Object> fields(SignOff s) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("version", s.version());
    f.put("signedAt", s.signedAt());
    f.put("stale", s.stale());
    return f;
  }
}
