package io.github.mutualplan.template;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.calendar.CalendarRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a plan is made from: the template and the rules that tailor it, the customer, the deal, the
 * people bound to roles, the anchor in time, the two sides' calendars, the language, and the instant it is
 * made (for the provenance; nothing reads a clock).
 *
 * <pre>{@code
 * InstantiationRequest request = InstantiationRequest.builder()
 *     .template(catalogue.templateFor(profile))
 *     .rules(catalogue.rules())
 *     .profile(profile)
 *     .planId(PlanId.of("northwind-2027"))
 *     .deal(Deal.of("Northwind Health", Money.of("480000", "USD")))
 *     .sellerOrganization("Acme Software")
 *     .addPeople(alex, maria, dana)             // stakeholders with their roles
 *     .sellerOwner(alex.id())
 *     .buyerCoOwner(maria.id())
 *     .anchor(Anchor.startOn(LocalDate.of(2027, 1, 11)))
 *     .buyerCalendar(CalendarId.of("DE-BY"))   // kept in the plan: every service schedules in it
 *     .sellerCalendar(CalendarId.of("US"))
 *     .zone(ZoneId.of("America/Chicago"))
 *     .createdAt(clock.instant())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InstantiationRequest {
  InstantiationRequest() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The template, before the rules. */
  public abstract PlanTemplate template();

  /** The rules that may tailor it; each applies when its condition matches the profile. */
  public abstract List<CustomizationRule> rules();

  /** The customer. */
  public abstract CustomerProfile profile();

  /** The new plan's identifier. */
  public abstract PlanId planId();

  /** The plan's title; the account and the template's name unless set. */
  public abstract Optional<String> title();

  /** The deal. */
  public abstract Deal deal();

  /** The seller's name. */
  public abstract String sellerOrganization();

  /** The buyer's name; the deal's account unless set. */
  public abstract Optional<String> buyerOrganization();

  /**
   * The people known so far, of both sides, with their roles: each step is owned by the person of its side
   * with its role.
   */
  public abstract List<Stakeholder> people();

  /** The seller owner, one of the people. */
  public abstract StakeholderId sellerOwner();

  /** The buyer co-owner, one of the people, if known. */
  public abstract Optional<StakeholderId> buyerCoOwner();

  /** Where the plan is pinned in time. */
  public abstract Anchor anchor();

  /**
   * The name of the buyer's working calendar, which the plan keeps; {@link CalendarId#WEEKDAYS} unless set.
   * The plan's dates are worked out in it.
   */
  @Value.Default
  public CalendarId buyerCalendar() {
    return CalendarId.WEEKDAYS;
  }

  /** The name of the seller's working calendar, which the plan keeps; {@link CalendarId#WEEKDAYS} unless set. */
  @Value.Default
  public CalendarId sellerCalendar() {
    return CalendarId.WEEKDAYS;
  }

  /**
   * What resolves the calendar names; {@link CalendarRegistry#standard()} unless set. Give the registry with
   * the company's own calendars when the names are theirs.
   */
  @Value.Default
  public CalendarRegistry calendars() {
    return CalendarRegistry.standard();
  }

  /** The plan's time zone. */
  public abstract ZoneId zone();

  /** The language of the plan's texts; the profile's language unless set. */
  public abstract Optional<Locale> locale();

  /** When the plan is made, for its provenance. */
  public abstract Instant createdAt();

  /**
   * Builds an {@link InstantiationRequest}.
   *
   * <p>Its methods, declared by the generated implementation and so listed here: one or more for each attribute, by
   * its name (a list attribute's {@code name(Iterable)} replaces its elements and its {@code add} methods add to
   * them; an optional attribute takes a value or an {@code Optional}); {@code from(InstantiationRequest)} copies the
   * attributes of a value (adding to lists, keeping what an absent optional would replace); {@code build()} makes the
   * value.
   * <ul>
   *   <li>{@link InstantiationRequest#template() template}: {@code template(PlanTemplate)}
   *   <li>{@link InstantiationRequest#rules() rules}: {@code addRule(CustomizationRule)},
   *       {@code addRules(CustomizationRule...)}, {@code rules(Iterable<CustomizationRule>)},
   *       {@code addAllRules(Iterable<CustomizationRule>)}
   *   <li>{@link InstantiationRequest#profile() profile}: {@code profile(CustomerProfile)}
   *   <li>{@link InstantiationRequest#planId() planId}: {@code planId(PlanId)}
   *   <li>{@link InstantiationRequest#title() title}: {@code title(String)}, {@code title(Optional<String>)}
   *   <li>{@link InstantiationRequest#deal() deal}: {@code deal(Deal)}
   *   <li>{@link InstantiationRequest#sellerOrganization() sellerOrganization}: {@code sellerOrganization(String)}
   *   <li>{@link InstantiationRequest#buyerOrganization() buyerOrganization}: {@code buyerOrganization(String)},
   *       {@code buyerOrganization(Optional<String>)}
   *   <li>{@link InstantiationRequest#people() people}: {@code addPeople(Stakeholder)},
   *       {@code addPeople(Stakeholder...)}, {@code people(Iterable<Stakeholder>)},
   *       {@code addAllPeople(Iterable<Stakeholder>)}
   *   <li>{@link InstantiationRequest#sellerOwner() sellerOwner}: {@code sellerOwner(StakeholderId)}
   *   <li>{@link InstantiationRequest#buyerCoOwner() buyerCoOwner}: {@code buyerCoOwner(StakeholderId)},
   *       {@code buyerCoOwner(Optional<StakeholderId>)}
   *   <li>{@link InstantiationRequest#anchor() anchor}: {@code anchor(Anchor)}
   *   <li>{@link InstantiationRequest#buyerCalendar() buyerCalendar}: {@code buyerCalendar(CalendarId)}
   *   <li>{@link InstantiationRequest#sellerCalendar() sellerCalendar}: {@code sellerCalendar(CalendarId)}
   *   <li>{@link InstantiationRequest#calendars() calendars}: {@code calendars(CalendarRegistry)}
   *   <li>{@link InstantiationRequest#zone() zone}: {@code zone(ZoneId)}
   *   <li>{@link InstantiationRequest#locale() locale}: {@code locale(Locale)}, {@code locale(Optional<Locale>)}
   *   <li>{@link InstantiationRequest#createdAt() createdAt}: {@code createdAt(Instant)}
   * </ul>
   */
  public static final class Builder extends ImmutableInstantiationRequest.Builder {
    Builder() {}
  }

  // Copies with one attribute replaced (this object when nothing changes), implemented by the generated class.

  /** A copy with this {@link #template() template}. */
  public abstract InstantiationRequest withTemplate(PlanTemplate value);

  /** A copy with these {@link #rules() rules} instead of its own. */
  public abstract InstantiationRequest withRules(CustomizationRule... elements);

  /** A copy with these {@link #rules() rules} instead of its own. */
  public abstract InstantiationRequest withRules(Iterable<? extends CustomizationRule> elements);

  /** A copy with this {@link #profile() profile}. */
  public abstract InstantiationRequest withProfile(CustomerProfile value);

  /** A copy with this {@link #planId() planId}. */
  public abstract InstantiationRequest withPlanId(PlanId value);

  /** A copy with this {@link #title() title}. */
  public abstract InstantiationRequest withTitle(String value);

  /** A copy with this {@link #title() title}, or none for an empty optional. */
  public abstract InstantiationRequest withTitle(Optional<String> optional);

  /** A copy with this {@link #deal() deal}. */
  public abstract InstantiationRequest withDeal(Deal value);

  /** A copy with this {@link #sellerOrganization() sellerOrganization}. */
  public abstract InstantiationRequest withSellerOrganization(String value);

  /** A copy with this {@link #buyerOrganization() buyerOrganization}. */
  public abstract InstantiationRequest withBuyerOrganization(String value);

  /** A copy with this {@link #buyerOrganization() buyerOrganization}, or none for an empty optional. */
  public abstract InstantiationRequest withBuyerOrganization(Optional<String> optional);

  /** A copy with these {@link #people() people} instead of its own. */
  public abstract InstantiationRequest withPeople(Stakeholder... elements);

  /** A copy with these {@link #people() people} instead of its own. */
  public abstract InstantiationRequest withPeople(Iterable<? extends Stakeholder> elements);

  /** A copy with this {@link #sellerOwner() sellerOwner}. */
  public abstract InstantiationRequest withSellerOwner(StakeholderId value);

  /** A copy with this {@link #buyerCoOwner() buyerCoOwner}. */
  public abstract InstantiationRequest withBuyerCoOwner(StakeholderId value);

  /** A copy with this {@link #buyerCoOwner() buyerCoOwner}, or none for an empty optional. */
  public abstract InstantiationRequest withBuyerCoOwner(Optional<? extends StakeholderId> optional);

  /** A copy with this {@link #anchor() anchor}. */
  public abstract InstantiationRequest withAnchor(Anchor value);

  /** A copy with this {@link #buyerCalendar() buyerCalendar}. */
  public abstract InstantiationRequest withBuyerCalendar(CalendarId value);

  /** A copy with this {@link #sellerCalendar() sellerCalendar}. */
  public abstract InstantiationRequest withSellerCalendar(CalendarId value);

  /** A copy with this {@link #calendars() calendars}. */
  public abstract InstantiationRequest withCalendars(CalendarRegistry value);

  /** A copy with this {@link #zone() zone}. */
  public abstract InstantiationRequest withZone(ZoneId value);

  /** A copy with this {@link #locale() locale}. */
  public abstract InstantiationRequest withLocale(Locale value);

  /** A copy with this {@link #locale() locale}, or none for an empty optional. */
  public abstract InstantiationRequest withLocale(Optional<? extends Locale> optional);

  /** A copy with this {@link #createdAt() createdAt}. */
  public abstract InstantiationRequest withCreatedAt(Instant value);
}
