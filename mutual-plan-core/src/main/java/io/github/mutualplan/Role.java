package io.github.mutualplan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part a stakeholder plays in the deal: one of the standard roles below, or any other named by a key.
 *
 * <pre>{@code
 * Stakeholder cfo = Stakeholder.builder()
 *     .id(StakeholderId.of("dana-cfo")).side(Side.BUYER).name("Dana Reyes")
 *     .addRoles(Role.ECONOMIC_BUYER, Role.of("board-member"))
 *     .build();
 * }</pre>
 *
 * <p>Some standard roles belong to one side only ({@link #side()}): a champion or an economic buyer is on
 * the buyer side, an account executive on the seller side. Legal, security, compliance, executive sponsor and
 * every other role may be on either side.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract sealed class Role extends Identifier<Role> permits ImmutableRole {
  /** The buyer's insider who sells for the seller inside the buying organisation. */
  public static final Role CHAMPION = of("champion");
  /** The buyer who has the budget and the final say on spending it. */
  public static final Role ECONOMIC_BUYER = of("economic-buyer");
  /** A buyer who votes on the decision. */
  public static final Role DECISION_MAKER = of("decision-maker");
  /** A buyer who evaluates the technical fit. */
  public static final Role TECHNICAL_EVALUATOR = of("technical-evaluator");
  /** A buyer who will use the product. */
  public static final Role END_USER = of("end-user");
  /** Reviews contracts; on either side. */
  public static final Role LEGAL = of("legal");
  /** The buyer's purchasing department. */
  public static final Role PROCUREMENT = of("procurement");
  /** Reviews security; on either side. */
  public static final Role SECURITY = of("security");
  /** Reviews regulatory compliance; on either side. */
  public static final Role COMPLIANCE = of("compliance");
  /** An executive who backs the deal; on either side. */
  public static final Role EXECUTIVE_SPONSOR = of("executive-sponsor");
  /** The seller's lead on the deal, usually the plan's owner. */
  public static final Role ACCOUNT_EXECUTIVE = of("account-executive");
  /** The seller's technical lead: demos, proofs of concept, security questionnaires. */
  public static final Role SALES_ENGINEER = of("sales-engineer");
  /** The seller's onboarding and success lead after the close. */
  public static final Role CUSTOMER_SUCCESS = of("customer-success");
  /** The account executive's manager: approvals, forecast. */
  public static final Role SALES_MANAGER = of("sales-manager");

  private static final List<Role> STANDARD =
      List.of(
          CHAMPION,
          ECONOMIC_BUYER,
          DECISION_MAKER,
          TECHNICAL_EVALUATOR,
          END_USER,
          LEGAL,
          PROCUREMENT,
          SECURITY,
          COMPLIANCE,
          EXECUTIVE_SPONSOR,
          ACCOUNT_EXECUTIVE,
          SALES_ENGINEER,
          CUSTOMER_SUCCESS,
          SALES_MANAGER);
  private static final List<Role> BUYER_ONLY =
      List.of(CHAMPION, ECONOMIC_BUYER, DECISION_MAKER, TECHNICAL_EVALUATOR, END_USER, PROCUREMENT);
  private static final List<Role> SELLER_ONLY =
      List.of(ACCOUNT_EXECUTIVE, SALES_ENGINEER, CUSTOMER_SUCCESS, SALES_MANAGER);

  Role() {}

  /**
   * Returns the role with this key: a standard one such as {@code "champion"}, or any other.
   *
   * @param key the role's key, for example {@code "champion"} or {@code "board-member"}
   * @return the role
   * @throws PlanValidationException if the key is not valid
   */
  public static Role of(String key) {
    return ImmutableRole.of(key);
  }

  /** The standard roles, in a fixed order. */
  public static List<Role> standardRoles() {
    return STANDARD;
  }

  /** Whether this is one of the {@linkplain #standardRoles() standard roles}. */
  public final boolean isStandard() {
    return STANDARD.contains(this);
  }

  /** The only side that can hold this role, or empty when either side can. */
  public final Optional<Side> side() {
    if (BUYER_ONLY.contains(this)) {
      return Optional.of(Side.BUYER);
    }
    return SELLER_ONLY.contains(this) ? Optional.of(Side.SELLER) : Optional.empty();
  }
}
