package io.github.mutualplan.examples.springboot;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Money;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.Segment;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@code POST /plans} takes: the customer, the people of the deal and when, from which the catalogue's
 * template for the customer makes the plan. The values of the model in it (the people, the amount, the
 * identifiers) are read by the library's Jackson module as {@code mutual-plan-json} writes them; the rest is plain
 * JSON. Every component may be absent in the JSON; {@link PlanController} names every one that is missing.
 *
 * <pre>{@code
 * {"account": "Northwind Health",
 *  "profile": {"industry": "healthcare", "headCount": 12000, "dealSize": {"amount": "480000", "currency": "USD"},
 *              "buyerCountry": "US", "complianceRegimes": ["HIPAA"], "decisionMakers": 9},
 *  "sellerOrganization": "Acme Software",
 *  "people": [{"id": "alex-kim", "side": "SELLER", "name": "Alex Kim", "roles": ["account-executive"]},
 *             {"id": "maria-lopez", "side": "BUYER", "name": "Maria Lopez", "roles": ["champion"]}],
 *  "sellerOwner": "alex-kim", "buyerCoOwner": "maria-lopez",
 *  "start": "2027-01-11", "buyerCalendar": "US", "sellerCalendar": "US", "zone": "America/Chicago"}
 * }</pre>
 *
 * @param id the plan's identifier; from the account's name unless given (Northwind Health: northwind-health)
 * @param account the buyer's name
 * @param title the plan's title; the account and the template's name unless given
 * @param profile the customer, which chooses the template and the rules
 * @param sellerOrganization the seller's name
 * @param people the stakeholders, with their roles: the template's steps go to the people with the step's role
 * @param sellerOwner the seller's owner of the plan, one of the people
 * @param buyerCoOwner the buyer's co-owner, one of the people, if known
 * @param start the day the plan starts; or
 * @param closeBy the day it must close by, planned backward (one of {@code start} and {@code closeBy})
 * @param buyerCalendar the buyer's working calendar: {@code weekdays} unless given, or a region such as
 *     {@code US} or {@code DE-BY}
 * @param sellerCalendar the seller's, as the buyer's
 * @param zone the plan's time zone; UTC unless given
 */
public record CreatePlanRequest(
    @Nullable PlanId id,
    @Nullable String account,
    @Nullable String title,
    @Nullable Profile profile,
    @Nullable String sellerOrganization,
    @Nullable List<Stakeholder> people,
    @Nullable StakeholderId sellerOwner,
    @Nullable StakeholderId buyerCoOwner,
    @Nullable LocalDate start,
    @Nullable LocalDate closeBy,
    @Nullable String buyerCalendar,
    @Nullable String sellerCalendar,
    @Nullable ZoneId zone) {

  /**
   * The customer, as the catalogue reads it ({@code CustomerProfile} of mutual-plan-templates).
   *
   * @param industry a key such as {@code healthcare} or {@code public-sector}; one the catalogue does not know is
   *     refused, naming the nearest it knows
   * @param segment the segment, if known; else from the head count
   * @param headCount the buyer's employees
   * @param buyingProcess how the buyer buys; {@code STANDARD} unless given
   * @param complianceRegimes the regimes the buyer is under, such as {@code HIPAA}
   * @param decisionMakers how many people decide; 3 unless given
   * @param dealSize the deal's value
   * @param buyerCountry the buyer's country, an ISO 3166 code such as {@code US}
   */
  public record Profile(
      @Nullable String industry,
      @Nullable Segment segment,
      @Nullable Integer headCount,
      @Nullable BuyingProcess buyingProcess,
      @Nullable Set<ComplianceRegime> complianceRegimes,
      @Nullable Integer decisionMakers,
      @Nullable Money dealSize,
      @Nullable String buyerCountry) {}
}
