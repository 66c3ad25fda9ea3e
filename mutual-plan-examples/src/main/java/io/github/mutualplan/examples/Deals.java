package io.github.mutualplan.examples;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Money;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.schedule.ScheduleOptions;
import io.github.mutualplan.schedule.Scheduler;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.Instantiation;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.Segment;
import io.github.mutualplan.template.TemplateInstantiator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The seeds' deal, shared by the examples: Acme Software sells claims analytics to a buyer that is either a
 * 12,000-person health system under HIPAA (Northwind Health) or a 40-person tech startup (Brightpath).
 */
final class Deals {
  static final Catalogue CATALOGUE = Catalogue.builtIn();
  static final LocalDate START = LocalDate.of(2027, 1, 11);
  static final Instant CREATED = Instant.parse("2027-01-08T15:00:00Z");
  static final ZoneId ZONE = ZoneId.of("America/Chicago");
  /**
   * Both sides work in the United States: weekends and US federal holidays (module mutual-plan-holidays). The
   * plans name it, so every service schedules them in it.
   */
  static final CalendarId US = CalendarId.of("US");
  /** Schedules a plan on the calendars it names. */
  static final Scheduler SCHEDULER = Scheduler.of(ScheduleOptions.defaults());

  static final Stakeholder ALEX = person("alex-kim", Side.SELLER, "Alex Kim", "Account Executive",
      Role.ACCOUNT_EXECUTIVE);
  static final Stakeholder SAM = person("sam-ortiz", Side.SELLER, "Sam Ortiz", "Sales Engineer", Role.SALES_ENGINEER);
  static final Stakeholder JO = person("jo-becker", Side.SELLER, "Jo Becker", "Customer Success Manager",
      Role.CUSTOMER_SUCCESS);
  static final Stakeholder MARIA = person("maria-lopez", Side.BUYER, "Maria Lopez", "Director of Revenue Cycle",
      Role.CHAMPION);
  static final Stakeholder DANA = person("dana-reyes", Side.BUYER, "Dana Reyes", "Chief Financial Officer",
      Role.ECONOMIC_BUYER, Role.DECISION_MAKER);
  static final Stakeholder LEE = person("lee-chen", Side.BUYER, "Lee Chen", "Chief Information Security Officer",
      Role.SECURITY, Role.COMPLIANCE);
  static final Stakeholder PAT = person("pat-novak", Side.BUYER, "Pat Novak", "Associate General Counsel",
      Role.LEGAL);
  static final Stakeholder ROBIN = person("robin-shaw", Side.BUYER, "Robin Shaw", "Sourcing Manager",
      Role.PROCUREMENT);
  static final Stakeholder CASEY = person("casey-wu", Side.BUYER, "Casey Wu", "CTO and co-founder",
      Role.CHAMPION, Role.ECONOMIC_BUYER, Role.DECISION_MAKER);

  private Deals() {}

  static Stakeholder person(String id, Side side, String name, String title, Role... roles) {
    return Stakeholder.builder().id(StakeholderId.of(id)).side(side).name(name).title(title).addRoles(roles).build();
  }

  /** A health system: formal procurement, HIPAA, nine people deciding, a six-figure deal. */
  static CustomerProfile healthSystem() {
    return CustomerProfile.builder().industry("healthcare").headCount(12_000)
        .buyingProcess(BuyingProcess.FORMAL_PROCUREMENT).addComplianceRegimes(ComplianceRegime.HIPAA)
        .decisionMakers(9).dealSize(Money.of("480000", "USD")).buyerCountry("US").build();
  }

  /** A tech startup buying the same product: fast track, two people deciding. */
  static CustomerProfile startup() {
    return CustomerProfile.builder().industry("technology").segment(Segment.STARTUP)
        .buyingProcess(BuyingProcess.FAST_TRACK).decisionMakers(2).dealSize(Money.of("48000", "USD"))
        .buyerCountry("US").build();
  }

  /** Northwind Health's plan, from the catalogue's template for it, starting on {@link #START}. */
  static Instantiation northwind() {
    return instantiate("northwind-health", "Northwind Health", healthSystem(),
        List.of(MARIA, DANA, LEE, PAT, ROBIN), Anchor.startOn(START), Optional.of(NORTHWIND_TITLE));
  }

  /** The deal's own name, as a seller titles the plan; without one, the plan is titled after its template. */
  static final String NORTHWIND_TITLE = "Northwind Health: clinical workflow platform";

  /** Brightpath's plan for the same product, starting the same day. */
  static Instantiation brightpath() {
    return instantiate("brightpath", "Brightpath", startup(), List.of(CASEY), Anchor.startOn(START));
  }

  static Instantiation instantiate(String id, String account, CustomerProfile profile, List<Stakeholder> buyers,
      Anchor anchor) {
    return instantiate(id, account, profile, buyers, anchor, Optional.empty());
  }

  static Instantiation instantiate(String id, String account, CustomerProfile profile, List<Stakeholder> buyers,
      Anchor anchor, Optional<String> title) {
    return TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
        .title(title)
        .template(CATALOGUE.templateFor(profile))
        .rules(CATALOGUE.rules())
        .profile(profile)
        .planId(PlanId.of(id))
        .deal(Deal.of(account, profile.dealSize()))
        .sellerOrganization("Acme Software")
        .buyerOrganization(account)
        .addPeople(ALEX, SAM, JO)
        .addAllPeople(buyers)
        .sellerOwner(ALEX.id())
        .buyerCoOwner(buyers.get(0).id())
        .anchor(anchor)
        .buyerCalendar(US)
        .sellerCalendar(US)
        .zone(ZONE)
        .createdAt(CREATED)
        .build());
  }
}
