package io.github.mutualplan.examples.springboot;

import com.google.common.collect.ImmutableList;
import io.github.mutualplan.CalendarId;
import io.github.mutualplan.Deal;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanKind;
import io.github.mutualplan.PlanLimits;
import io.github.mutualplan.PlanRule;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Money;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Violation;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.PlanRenderer;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.store.PlanNotFoundException;
import io.github.mutualplan.store.PlanStore;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.Catalogue;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.Instantiation;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.TemplateInstantiator;
import io.github.mutualplan.template.TemplateValidationException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The plans of the caller's tenant, over REST. Every request names its {@link Caller}: the tenant
 * ({@code X-Tenant}, default {@code demo}) and the acting stakeholder ({@code X-Stakeholder}).
 *
 * <ul>
 *   <li>{@code POST /plans} ({@link CreatePlanRequest}): a plan made from the catalogue's template for the
 *       customer, by one of its sellers; 201 with {@code Location} and {@code ETag}.
 *   <li>{@code GET /plans/{id}}: the plan as JSON, its {@code ETag} its version ({@code "7"}); 304 when
 *       {@code If-None-Match} names it. A buyer gets the buyer's view, which holds no internal item.
 *   <li>{@code POST /plans/{id}/changes} (a {@code PlanChange} as mutual-plan-json writes it) with
 *       {@code If-Match: "<version>"}, the version the change was made against: the plan after the change, and its
 *       new {@code ETag}. A change made against an older version is rebased when no change since touched the same
 *       items (so {@code If-Match} here names the version the change was made from, not the current one), and
 *       refused with 409 naming the item otherwise.
 *   <li>{@code GET /plans/{id}/buyer-document}: the buyer's HTML page (shared items only).
 *   <li>{@code GET /plans/{id}/calendar}: the iCalendar file ({@code text/calendar}): the buyer's items for a buyer,
 *       every item for a seller.
 *   <li>{@code GET /plans/{id}/risk}, {@code GET /plans/{id}/forecast}: the risk report and the close forecast as
 *       JSON, for the seller's side.
 * </ul>
 *
 * <p>Documents are as planned, or as of the day {@code asOf} (an ISO date); the risk report is as of that day or
 * today in the plan's time zone. Errors are problem details ({@link ProblemHandler}).
 */
@RestController
@RequestMapping("/plans")
public class PlanController {
  private static final Logger LOG = LoggerFactory.getLogger(PlanController.class);
  private static final TemplateInstantiator INSTANTIATOR = TemplateInstantiator.standard();
  private static final Pattern STRONG_TAG = Pattern.compile("\"([0-9]{1,18})\"");

  private final PlanStore store;
  private final Catalogue catalogue;
  private final RiskAssessor assessor;
  private final Forecaster forecaster;
  private final Clock clock;

  /**
   * The controller over a store.
   *
   * @param store where the plans are
   * @param catalogue the templates new plans are made from
   * @param assessor the risk rules
   * @param forecaster the close forecast
   * @param clock the time of changes and the default as-of day
   */
  public PlanController(PlanStore store, Catalogue catalogue, RiskAssessor assessor, Forecaster forecaster,
      Clock clock) {
    this.store = store;
    this.catalogue = catalogue;
    this.assessor = assessor;
    this.forecaster = forecaster;
    this.clock = clock;
  }

  /**
   * Makes a plan from the catalogue's template for the customer, and stores it as version 1.
   *
   * @return 201, the plan, its {@code Location} and {@code ETag}
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MutualActionPlan> create(Caller caller, @RequestBody CreatePlanRequest request,
      UriComponentsBuilder uri) {
    Instantiation made = instantiate(caller, request);
    MutualActionPlan plan = made.plan();
    store.create(caller.tenant(), plan, clock.instant());
    LOG.info("tenant {}: {} created plan {} from template {}{}", caller.tenant(), caller.stakeholder(), plan.id(),
        plan.provenance().map(p -> p.templateId()).orElse("?"),
        made.warnings().isEmpty() ? "" : "; " + String.join("; ", made.warnings()));
    URI location = uri.path("/plans/{id}").buildAndExpand(plan.id().key()).toUri();
    return ResponseEntity.created(location).eTag(etag(plan)).body(plan);
  }

  /**
   * The plan; a buyer gets the buyer's view. Spring answers 304 when {@code If-None-Match} names its version.
   *
   * @return the plan, its {@code ETag} its version
   */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MutualActionPlan> read(Caller caller, @PathVariable String id) {
    MutualActionPlan plan = store.load(caller.tenant(), planId(id));
    Side side = sideOf(caller, plan);
    return ResponseEntity.ok().eTag(etag(plan)).varyBy(Caller.STAKEHOLDER, Caller.TENANT)
        .body(side == Side.BUYER ? plan.buyerView() : plan);
  }

  /**
   * Applies a change made against the version {@code If-Match} names, as the caller.
   *
   * @param ifMatch {@code "<version>"}, the {@code ETag} of the plan the change was made on; or {@code *} for the
   *     current version
   * @return the plan after the change (a buyer's view for a buyer) and its new {@code ETag}
   */
  @PostMapping(path = "/{id}/changes", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MutualActionPlan> change(Caller caller, @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @RequestBody PlanChange change) {
    if (ifMatch == null) {
      throw Problems.of(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", "a change names the version it "
          + "was made against: If-Match: \"<version>\", the ETag of the plan it was made on");
    }
    PlanId plan = planId(id);
    long basedOn = ifMatch.strip().equals("*") ? store.load(caller.tenant(), plan).version() : version(ifMatch);
    MutualActionPlan next = store.append(caller.tenant(), plan, basedOn, change, caller.stakeholder(), clock);
    Side side = sideOf(caller, next);
    return ResponseEntity.ok().eTag(etag(next)).body(side == Side.BUYER ? next.buyerView() : next);
  }

  /**
   * The buyer's document: one HTML page with the shared items only, whoever asks.
   *
   * @param asOf the day it is as of; as planned without it
   */
  @GetMapping(path = "/{id}/buyer-document", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> buyerDocument(Caller caller, @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    MutualActionPlan plan = store.load(caller.tenant(), planId(id));
    sideOf(caller, plan);
    if (plan.kind() == PlanKind.CLOSING_PLAN) {
      throw Problems.of(HttpStatus.CONFLICT, "Not shared", "plan '" + plan.id() + "' is the seller's closing "
          + "plan, which the buyer never sees: share it first (a share-plan change)");
    }
    return document(DocumentFormat.HTML, RenderOptions.defaults(), plan, asOf);
  }

  /**
   * The plan as an iCalendar file: the buyer's items for a buyer, every item for a seller.
   *
   * @param asOf the day it is as of; as planned without it
   */
  @GetMapping(path = "/{id}/calendar", produces = "text/calendar")
  public ResponseEntity<String> calendar(Caller caller, @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    MutualActionPlan plan = store.load(caller.tenant(), planId(id));
    Audience audience = sideOf(caller, plan) == Side.BUYER ? Audience.BUYER : Audience.INTERNAL;
    return document(DocumentFormat.ICALENDAR, RenderOptions.defaults().withAudience(audience), plan, asOf);
  }

  /**
   * The risk report of the plan's whole history, for the seller's side.
   *
   * @param asOf the day it is as of; today in the plan's time zone without it
   */
  @GetMapping(path = "/{id}/risk", produces = MediaType.APPLICATION_JSON_VALUE)
  public RiskReport risk(Caller caller, @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    PlanHistory history = store.history(caller.tenant(), planId(id));
    MutualActionPlan plan = history.current();
    requireSeller(caller, plan);
    return assessor.assess(history, asOf != null ? checked(asOf) : LocalDate.now(clock.withZone(plan.zone())));
  }

  /**
   * The close forecast, for the seller's side.
   *
   * @param asOf the day it is as of, with what is done by then; as planned without it
   */
  @GetMapping(path = "/{id}/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
  public CloseForecast forecast(Caller caller, @PathVariable String id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
    MutualActionPlan plan = store.load(caller.tenant(), planId(id));
    requireSeller(caller, plan);
    return asOf != null ? forecaster.forecast(plan, checked(asOf)) : forecaster.forecast(plan);
  }

  /** An as-of day within the years of the model, else 400. */
  private static LocalDate checked(LocalDate asOf) {
    if (asOf.isBefore(PlanLimits.EARLIEST_DATE) || asOf.isAfter(PlanLimits.LATEST_DATE)) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid asOf", "asOf: " + asOf + " is not within the years "
          + PlanLimits.EARLIEST_DATE.getYear() + " to " + PlanLimits.LATEST_DATE.getYear());
    }
    return asOf;
  }

  private static ResponseEntity<String> document(DocumentFormat format, RenderOptions options,
      MutualActionPlan plan, @Nullable LocalDate asOf) {
    PlanRenderer renderer = format.renderer(options);
    String text = asOf != null ? renderer.render(plan, checked(asOf)) : renderer.render(plan);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType())).body(text);
  }

  /** The plan's version as a strong entity tag, {@code "7"}. */
  static String etag(MutualActionPlan plan) {
    return "\"" + plan.version() + "\"";
  }

  /** The version an {@code If-Match} names: one strong entity tag. */
  private static long version(String ifMatch) {
    Matcher tag = STRONG_TAG.matcher(ifMatch.strip());
    if (tag.matches()) {
      return Long.parseLong(tag.group(1));
    }
    if (ifMatch.strip().startsWith("W/")) {
      throw Problems.of(HttpStatus.PRECONDITION_FAILED, "Precondition failed", "If-Match: "
          + Texts.quote(ifMatch) + " is a weak entity tag, which never matches; send the plan's ETag, such as \"7\"");
    }
    throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid If-Match", "If-Match: " + Texts.quote(ifMatch)
        + " is not one entity tag; send the plan's ETag, such as \"7\"");
  }

  /** A plan's identifier from a path: one that is not valid is a plan that is not there. */
  private static PlanId planId(String id) {
    try {
      return PlanId.of(id);
    } catch (PlanValidationException e) {
      throw Problems.of(HttpStatus.NOT_FOUND, "Not found", "no plan " + Texts.quote(id) + ": "
          + e.violations().get(0).message());
    }
  }

  /**
   * The caller's side in the plan: 403 unless the caller is one of its stakeholders, and for a buyer unless the
   * plan is shared with the buyer.
   */
  private static Side sideOf(Caller caller, MutualActionPlan plan) {
    Optional<Stakeholder> person = plan.stakeholder(caller.stakeholder());
    if (person.isEmpty()) {
      throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", Caller.STAKEHOLDER + ": '" + caller.stakeholder()
          + "' is not a stakeholder of plan '" + plan.id() + "'");
    }
    if (person.get().side() == Side.BUYER && plan.kind() == PlanKind.CLOSING_PLAN) {
      throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "plan '" + plan.id() + "' is not shared with the "
          + "buyer yet");
    }
    return person.get().side();
  }

  private static void requireSeller(Caller caller, MutualActionPlan plan) {
    if (sideOf(caller, plan) != Side.SELLER) {
      throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "'" + caller.stakeholder() + "' is on the buyer's "
          + "side; the risk report and the forecast are the seller's");
    }
  }

  /** The plan a request asks for, or 422 with every value missing or refused. */
  private Instantiation instantiate(Caller caller, CreatePlanRequest request) {
    List<Violation> problems = new ArrayList<>();
    String account = required(request.account(), "account", problems);
    CreatePlanRequest.Profile asked = required(request.profile(), "profile", problems);
    List<Stakeholder> people = required(request.people(), "people", problems);
    StakeholderId sellerOwner = required(request.sellerOwner(), "sellerOwner", problems);
    String sellerOrganization = required(request.sellerOrganization(), "sellerOrganization", problems);
    if ((request.start() == null) == (request.closeBy() == null)) {
      problems.add(violation("start", "give either start (plan forward) or closeBy (plan backward)"));
    }
    ZoneId zone = request.zone() != null ? request.zone() : ZoneOffset.UTC;
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (request.closeBy() != null && request.closeBy().isBefore(today)) {
      problems.add(violation("closeBy", request.closeBy() + " is before today (" + today + ")"));
    }
    CalendarId buyerCalendar = calendar(request.buyerCalendar(), "buyerCalendar", problems);
    CalendarId sellerCalendar = calendar(request.sellerCalendar(), "sellerCalendar", problems);
    CustomerProfile profile = asked == null ? null : profile(asked, problems);
    PlanTemplate template = null;
    if (profile != null) {
      try {
        template = catalogue.choose(profile).template();
      } catch (TemplateValidationException e) {
        e.violations().forEach(v -> problems.add(Violation.of(v.rule(), "profile." + v.path(), v.message())));
      }
    }
    PlanId id = null;
    if (request.id() != null) {
      id = request.id();
    } else if (account != null) {
      id = PlanId.of(slug(account));
    }
    if (!problems.isEmpty() || account == null || people == null || sellerOwner == null
        || sellerOrganization == null || profile == null || template == null || id == null) {
      throw new InvalidRequestException(problems);
    }
    boolean seller = people.stream()
        .anyMatch(p -> p.id().equals(caller.stakeholder()) && p.side() == Side.SELLER);
    if (!seller) {
      throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", Caller.STAKEHOLDER + ": '" + caller.stakeholder()
          + "' is not one of the seller's people of the new plan; a seller creates it");
    }
    LocalDate start = request.start();
    Anchor anchor = start != null ? Anchor.startOn(start)
        : Anchor.closeBy(Objects.requireNonNull(request.closeBy()), today);
    try {
      return INSTANTIATOR.instantiate(InstantiationRequest.builder()
          .template(template).rules(catalogue.rules()).profile(profile)
          .planId(id).title(Optional.ofNullable(request.title()))
          .deal(Deal.of(account, profile.dealSize()))
          .sellerOrganization(sellerOrganization).buyerOrganization(account)
          .addAllPeople(people).sellerOwner(sellerOwner)
          .buyerCoOwner(Optional.ofNullable(request.buyerCoOwner()))
          .anchor(anchor).buyerCalendar(buyerCalendar).sellerCalendar(sellerCalendar)
          .zone(zone).createdAt(clock.instant())
          .build());
    } catch (TemplateValidationException e) {
      throw new InvalidRequestException(e.violations());
    } catch (PlanValidationException e) {
      throw new InvalidRequestException(e.violations());
    }
  }

  private static @Nullable CustomerProfile profile(CreatePlanRequest.Profile asked, List<Violation> problems) {
    String industry = required(asked.industry(), "profile.industry", problems);
    Money dealSize = required(asked.dealSize(), "profile.dealSize", problems);
    String country = required(asked.buyerCountry(), "profile.buyerCountry", problems);
    if (asked.segment() == null && asked.headCount() == null) {
      problems.add(violation("profile.segment", "needs a segment or a head count"));
    }
    if (industry == null || dealSize == null || country == null
        || (asked.segment() == null && asked.headCount() == null)) {
      return null;
    }
    CustomerProfile.Builder profile = CustomerProfile.builder().industry(industry).dealSize(dealSize)
        .buyerCountry(country)
        .buyingProcess(asked.buyingProcess() != null ? asked.buyingProcess() : BuyingProcess.STANDARD)
        .decisionMakers(asked.decisionMakers() != null ? asked.decisionMakers() : 3);
    if (asked.complianceRegimes() != null) {
      profile.addAllComplianceRegimes(asked.complianceRegimes());
    }
    if (asked.segment() != null) {
      profile.segment(asked.segment());
    }
    if (asked.headCount() != null) {
      profile.headCount(asked.headCount());
    }
    try {
      return profile.build();
    } catch (TemplateValidationException e) {
      e.violations().forEach(v -> problems.add(Violation.of(v.rule(), "profile." + v.path(), v.message())));
      return null;
    }
  }

  /** A calendar the registry knows ({@code weekdays} when not given), or a problem naming the field. */
  private static CalendarId calendar(@Nullable String name, String field, List<Violation> problems) {
    if (name == null) {
      return CalendarId.WEEKDAYS;
    }
    try {
      CalendarId id = CalendarId.of(name);
      CalendarRegistry.standard().resolve(id);
      return id;
    } catch (PlanValidationException e) {
      problems.add(violation(field, e.violations().get(0).message()));
    } catch (UnknownCalendarException e) {
      problems.add(violation(field, String.valueOf(e.getMessage())));
    }
    return CalendarId.WEEKDAYS;
  }

  private static <T> @Nullable T required(@Nullable T value, String field, List<Violation> problems) {
    if (value == null) {
      problems.add(violation(field, "is required"));
    }
    return value;
  }

  private static Violation violation(String field, String message) {
    return Violation.of(PlanRule.VALID_VALUES, field, message);
  }

  /**
   * A key made of a name, as the command-line tool makes one: its ASCII letters and digits, lower case, joined by
   * hyphens, at most 90 characters; {@code plan} when the name has none.
   */
  static String slug(String name) {
    String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    key = key.length() > 90 ? key.substring(0, 90).replaceAll("-$", "") : key;
    return key.isEmpty() ? "plan" : key;
  }

  /** A request to make a plan that is missing values or has values the library refuses: 422, with every one. */
  static final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ImmutableList<Violation> violations;

    InvalidRequestException(List<Violation> violations) {
      super("the request to create a plan has " + violations.size() + " problem(s)");
      this.violations = ImmutableList.copyOf(violations);
    }

    List<Violation> violations() {
      return violations;
    }
  }
}
