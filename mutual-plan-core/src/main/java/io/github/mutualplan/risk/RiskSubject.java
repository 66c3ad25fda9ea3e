package io.github.mutualplan.risk;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.DecisionCriterionId;
import io.github.mutualplan.ItemId;
import io.github.mutualplan.MilestoneId;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RiskFinding} is about: the plan as a whole, one of its parts ({@link #STAKEHOLDERS},
 * {@link #COMMITMENTS}, {@link #TARGET_CLOSE}, {@link #PROVENANCE}), or one of its items, named by the model's
 * identifier: a commitment or a milestone ({@link ItemId}), a decision criterion, or an owner's sign-off.
 *
 * <pre>{@code
 * RiskSubject.of(CommitmentId.of("security-review")).path();   // "commitments[security-review]"
 * RiskSubject.PLAN.path();                                      // "plan"
 * finding.subject().item().ifPresent(id -> crm.linkTo(id.key()));
 * }</pre>
 *
 * <p>A subject is printed, compared and stored (in JSON) as its {@linkplain #path() path}, in the style of a
 * {@link io.github.mutualplan.Violation}'s path; {@link #parse(String)} reads one back.
 *
 * @since 0.1.0
 */
public final class RiskSubject implements Comparable<RiskSubject> {
  /** The plan as a whole. */
  public static final RiskSubject PLAN = new RiskSubject("plan", null, null);
  /** The plan's people as a whole, for example when nobody holds a role. */
  public static final RiskSubject STAKEHOLDERS = new RiskSubject("stakeholders", null, null);
  /** The plan's commitments as a whole, for example when no step is of a kind it needs. */
  public static final RiskSubject COMMITMENTS = new RiskSubject("commitments", null, null);
  /** The plan's target close date. */
  public static final RiskSubject TARGET_CLOSE = new RiskSubject("targetClose", null, null);
  /** Where the plan came from: its template and how it was tailored. */
  public static final RiskSubject PROVENANCE = new RiskSubject("provenance", null, null);

  private static final List<RiskSubject> PARTS = List.of(PLAN, STAKEHOLDERS, COMMITMENTS, TARGET_CLOSE, PROVENANCE);
  private static final String COMMITMENT_LIST = "commitments";
  private static final String MILESTONE_LIST = "milestones";
  private static final String CRITERION_LIST = "decisionCriteria";
  private static final String SIGN_OFF_LIST = "signOffs";

  /**
   * The part, or the list the item is in: the whole path of a part, and of an item the path before its key.
   * The path of an item, {@code list[key]}, is written when it is asked for: a portfolio of many plans keeps
   * many findings about items, and no text of theirs.
   */
  private final String list;
  /** The key of the item, or null for the plan or a part of it. */
  private final @Nullable String key;
  /** The identifier of the item, or null for the plan or a part of it. */
  private final @Nullable Object id;

  private RiskSubject(String list, @Nullable String key, @Nullable Object id) {
    this.list = list;
    this.key = key;
    this.id = id;
  }

  /**
   * A commitment or a milestone: {@code commitments[key]} or {@code milestones[key]}.
   *
   * @param item the item's identifier
   * @return the subject
   */
  public static RiskSubject of(ItemId item) {
    Objects.requireNonNull(item, "item");
    return item(item instanceof CommitmentId ? COMMITMENT_LIST : MILESTONE_LIST, item.key(), item);
  }

  /**
   * A decision criterion: {@code decisionCriteria[key]}.
   *
   * @param criterion the criterion's identifier
   * @return the subject
   */
  public static RiskSubject of(DecisionCriterionId criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return item(CRITERION_LIST, criterion.key(), criterion);
  }

  /**
   * The sign-off of one of the plan's owners: {@code signOffs[key]}.
   *
   * @param owner the owner who signs off
   * @return the subject
   */
  public static RiskSubject signOffOf(StakeholderId owner) {
    Objects.requireNonNull(owner, "owner");
    return item(SIGN_OFF_LIST, owner.key(), owner);
  }

  private static RiskSubject item(String list, String key, Object id) {
    return new RiskSubject(list, key, id);
  }

  /**
   * The subject of a path, as {@link #path()} writes it: {@code plan}, {@code stakeholders}, {@code commitments},
   * {@code targetClose}, {@code provenance}, or {@code commitments[key]}, {@code milestones[key]},
   * {@code decisionCriteria[key]}, {@code signOffs[key]}.
   *
   * @param path the path
   * @return the subject
   * @throws IllegalArgumentException if the path is none of these
   */
  public static RiskSubject parse(String path) {
    Objects.requireNonNull(path, "path");
    for (RiskSubject part : PARTS) {
      if (part.list.equals(path)) {
        return part;
      }
    }
    int open = path.indexOf('[');
    if (open > 0 && path.endsWith("]")) {
      String list = path.substring(0, open);
      String key = path.substring(open + 1, path.length() - 1);
      switch (list) {
        case COMMITMENT_LIST:
          return parsed(path, key, k -> of(CommitmentId.of(k)));
        case MILESTONE_LIST:
          return parsed(path, key, k -> of(MilestoneId.of(k)));
        case CRITERION_LIST:
          return parsed(path, key, k -> of(DecisionCriterionId.of(k)));
        case SIGN_OFF_LIST:
          return parsed(path, key, k -> signOffOf(StakeholderId.of(k)));
        default:
          break;
      }
    }
    throw new IllegalArgumentException("path: " + Texts.quote(path) + " is not a finding's subject: use plan,"
        + " stakeholders, commitments, targetClose, provenance, or commitments[key], milestones[key],"
        + " decisionCriteria[key], signOffs[key]");
  }

  private static RiskSubject parsed(String path, String key, Function<String, RiskSubject> of) {
    try {
      return of.apply(key);
    } catch (PlanValidationException e) {
      throw new IllegalArgumentException("path: " + Texts.quote(path) + ": " + e.violations().get(0).message(), e);
    }
  }

  /** Where in the plan, for example {@code commitments[security-review]} or {@code plan}. */
  public String path() {
    return key == null ? list : list + "[" + key + "]";
  }

  /** The commitment or milestone it is about, if it is about one. */
  public Optional<ItemId> item() {
    return id instanceof ItemId ? Optional.of((ItemId) id) : Optional.empty();
  }

  /** The decision criterion it is about, if it is about one. */
  public Optional<DecisionCriterionId> criterion() {
    return id instanceof DecisionCriterionId ? Optional.of((DecisionCriterionId) id) : Optional.empty();
  }

  /** The owner whose sign-off it is about, if it is about one. */
  public Optional<StakeholderId> signOffOwner() {
    return id instanceof StakeholderId ? Optional.of((StakeholderId) id) : Optional.empty();
  }

  /** Compares the paths, as {@link String#compareTo} does. */
  @Override
  public int compareTo(RiskSubject other) {
    int length = length();
    int otherLength = other.length();
    // Items of the same list differ from their keys on, as findings about commitments that a plan sorts do.
    for (int i = list == other.list ? list.length() : 0; i < Math.min(length, otherLength); i++) {
      char c = charAt(i);
      char otherC = other.charAt(i);
      if (c != otherC) {
        return c - otherC;
      }
    }
    return length - otherLength;
  }

  /** Whether the paths are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof RiskSubject && length() == ((RiskSubject) other).length()
        && compareTo((RiskSubject) other) == 0;
  }

  /** The path's hash code, as {@link String#hashCode} computes it. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < length(); i++) {
      hash = 31 * hash + charAt(i);
    }
    return hash;
  }

  /** Returns the path. */
  @Override
  public String toString() {
    return path();
  }

  /** The length of the path. */
  private int length() {
    return key == null ? list.length() : list.length() + key.length() + 2;
  }

  /** The character at {@code i} in the path, which is not written. */
  private char charAt(int i) {
    if (key == null || i < list.length()) {
      return list.charAt(i);
    }
    int inKey = i - list.length() - 1;
    return inKey < 0 ? '[' : inKey < key.length() ? key.charAt(inKey) : ']';
  }
}
