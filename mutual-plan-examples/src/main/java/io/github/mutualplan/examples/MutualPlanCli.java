package io.github.mutualplan.examples;

import io.github.mutualplan.CalendarId;
import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Deal;
import io.github.mutualplan.Languages;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.PlanId;
import io.github.mutualplan.PlanValidationException;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.StakeholderId;
import io.github.mutualplan.Texts;
import io.github.mutualplan.Violation;
import io.github.mutualplan.calendar.CalendarRegistry;
import io.github.mutualplan.calendar.UnknownCalendarException;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.forecast.Distribution;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.history.ChangeRejectedException;
import io.github.mutualplan.history.PlanChange;
import io.github.mutualplan.history.PlanEditor;
import io.github.mutualplan.history.PlanHistory;
import io.github.mutualplan.json.JsonSource;
import io.github.mutualplan.json.PlanJson;
import io.github.mutualplan.render.Audience;
import io.github.mutualplan.render.DocumentFormat;
import io.github.mutualplan.render.RenderOptions;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.CatalogueChoice;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.Instantiation;
import io.github.mutualplan.template.InstantiationRequest;
import io.github.mutualplan.template.PlanTemplate;
import io.github.mutualplan.template.Segment;
import io.github.mutualplan.template.TemplateInstantiator;
import io.github.mutualplan.template.TemplateValidationException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code mutual-plan} command-line tool: lists the catalogue's templates, creates a plan from a template,
 * a customer profile and a date and writes it as a document or JSON, assesses and forecasts a plan read from
 * JSON, and runs the examples.
 *
 * <pre>
 * java -jar mutual-plan-examples.jar templates
 * java -jar mutual-plan-examples.jar create --account "Northwind Health" --industry healthcare \
 *     --head-count 12000 --compliance HIPAA --value 480000 --close 2027-12-15 --format json --out plan.json
 * java -jar mutual-plan-examples.jar assess plan.json --as-of 2027-03-01
 * java -jar mutual-plan-examples.jar forecast plan.json --trials 20000
 * java -jar mutual-plan-examples.jar flagship
 * java -jar mutual-plan-examples.jar store
 * java -jar mutual-plan-examples.jar insights                       # synthetic deals
 * java -jar mutual-plan-examples.jar insights histories/ --facts facts.csv --out target/insights
 * java -jar mutual-plan-examples.jar insights jdbc:postgresql://localhost/crm --user crm --tenant acme
 * </pre>
 */
@Command(name = "mutual-plan", mixinStandardHelpOptions = true, version = "mutual-plan 0.1.0-SNAPSHOT",
    scope = CommandLine.ScopeType.INHERIT,
    description = "Mutual action plans for B2B sales: templates, documents, risk and forecast.",
    subcommands = {
        MutualPlanCli.Templates.class, MutualPlanCli.Create.class, MutualPlanCli.Assess.class,
        MutualPlanCli.Forecast.class, MutualPlanCli.Flagship.class, MutualPlanCli.SideBySide.class,
        MutualPlanCli.SignOff.class, MutualPlanCli.Slip.class, MutualPlanCli.Portfolio.class,
        MutualPlanCli.Store.class, MutualPlanCli.Insights.class, CommandLine.HelpCommand.class})
public final class MutualPlanCli implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool; exits with 0 on success, 1 when the work failed, 2 on a usage error. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the tool as {@link #main} does, writing to these streams in UTF-8, and flushes them before it returns
   * the exit code: what a command wrote reaches its reader even when the JVM exits at once.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine();
    PrintWriter output = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    cli.setOut(output);
    cli.setErr(errors);
    try {
      return cli.execute(args);
    } finally {
      output.flush();
      errors.flush();
    }
  }

  /** The tool, ready to {@code execute(args)}, for tests and embedding. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MutualPlanCli()).setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(Locale.class, MutualPlanCli::language).registerConverter(ZoneId.class, ZoneId::of);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      err.println("mutual-plan: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      return CommandLine.ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println("mutual-plan: " + explain(e));
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cli;
  }

  /** A language the library's texts are in, by its tag; any other is refused rather than shown in English. */
  static Locale language(String tag) {
    Locale asked = Locale.forLanguageTag(tag);
    Locale language = Languages.of(asked);
    if (!language.getLanguage().equals(asked.getLanguage())) {
      throw new CommandLine.TypeConversionException("'" + tag + "' is not a language of the library; it speaks "
          + Languages.shipped().stream().map(Locale::getLanguage).collect(Collectors.joining(", ")));
    }
    return language;
  }

  /** What went wrong, for a person: a file that cannot be read is named with the reason. */
  static String explain(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "cannot read " + ((NoSuchFileException) e).getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
    }
    return String.valueOf(e.getMessage());
  }

  /** Without a command: the usage, on standard error, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("mutual-plan: a command is needed");
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** {@code templates}: the built-in catalogue. */
  @Command(name = "templates", description = "List the built-in templates.")
  static final class Templates implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--language", description = "en or ru (default: ${DEFAULT-VALUE})", defaultValue = "en")
    Locale language;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-24s %-6s %-5s %s%n", "id", "steps", "days", "name");
      for (PlanTemplate t : Deals.CATALOGUE.templates()) {
        int days = t.steps().stream().mapToInt(t::durationOf).sum();
        out.printf("%-24s %-6d %-5d %s%n", t.id(), t.steps().size(), days, t.name().in(language));
      }
      out.println("(days: the working days of all steps end to end, an upper bound of the plan's length)");
    }
  }

  /** When a created plan starts or must close. */
  static final class When {
    @Option(names = "--start", required = true, description = "Plan forward from this day (yyyy-mm-dd).")
    LocalDate start;

    @Option(names = "--close", required = true, description = "Plan backward to close by this day (yyyy-mm-dd).")
    LocalDate close;
  }

  /** {@code create}: a plan from the catalogue for a customer. */
  @Command(name = "create", description = "Create a plan from a template for a customer and write it.")
  static final class Create implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--account", required = true, description = "The buyer's name.")
    String account;

    @Option(names = "--title", description = "The plan's title, such as \"Northwind Health: clinical workflow "
        + "platform\" (default: the account and the template's name).")
    Optional<String> title;

    @Option(names = "--template", description = "A template id (default: the catalogue's choice for the profile).")
    Optional<String> template;

    @Option(names = "--industry", defaultValue = "technology", completionCandidates = Industries.class,
        description = "One of ${COMPLETION-CANDIDATES}; another is refused. Default: ${DEFAULT-VALUE}.")
    String industry;

    @Option(names = "--segment", description = "One of ${COMPLETION-CANDIDATES}.")
    Optional<Segment> segment;

    @Option(names = "--head-count", description = "The buyer's employees, if the segment is not given: fewer "
        + "than 100 is SMB, fewer than 1000 MID_MARKET, else ENTERPRISE (STARTUP is never inferred: give it).")
    Optional<Integer> headCount;

    @Option(names = "--process", defaultValue = "STANDARD", description = "One of ${COMPLETION-CANDIDATES}.")
    BuyingProcess process;

    @Option(names = "--compliance", split = ",", description = "Any of ${COMPLETION-CANDIDATES}.")
    List<ComplianceRegime> compliance = List.of();

    @Option(names = "--decision-makers", defaultValue = "3", description = "Default: ${DEFAULT-VALUE}.")
    int decisionMakers;

    @Option(names = "--value", required = true, description = "The deal's value, e.g. 120000.")
    String value;

    @Option(names = "--currency", defaultValue = "USD", description = "Default: ${DEFAULT-VALUE}.")
    String currency;

    @Option(names = "--country", defaultValue = "US", description = "The buyer's country (ISO 3166 code); one in "
        + "the EU or EEA brings the GDPR steps. Default: ${DEFAULT-VALUE}.")
    String country;

    @Option(names = "--seller-org", defaultValue = "Your company", description = "The seller's organisation. "
        + "Default: ${DEFAULT-VALUE}.")
    String sellerOrganization;

    @Option(names = "--person", paramLabel = "SIDE:ROLES:NAME", description = "A person of the deal, repeatable: "
        + "side (seller or buyer), roles separated by commas, name and an optional <email>, such as "
        + "\"buyer:champion:Dr. Maya Patel <maya@northwind.example>\". Steps go to the person with their role. "
        + "The first seller is the plan's owner (default: a stand-in account executive), the first buyer its "
        + "co-owner.")
    List<String> people = List.of();

    @Option(names = "--zone", description = "The time zone the plan's days are in, such as America/Chicago "
        + "(default: this computer's).")
    Optional<ZoneId> zone;

    @Option(names = "--share", description = "Share the plan with the buyer as it is created (it needs a buyer "
        + "co-owner, a champion and an economic buyer among --person), so that a BUYER document can be written.")
    boolean share;

    @Option(names = "--language", defaultValue = "en", description = "en or ru. Default: ${DEFAULT-VALUE}.")
    Locale language;

    @Option(names = "--buyer-calendar", defaultValue = "weekdays", description = "The buyer's working calendar, "
        + "kept in the plan: weekdays, every-day, or a public-holiday region such as DE-BY, US-NY, GB. "
        + "Default: ${DEFAULT-VALUE}.")
    String buyerCalendar;

    @Option(names = "--seller-calendar", defaultValue = "weekdays", description = "The seller's working calendar, "
        + "kept in the plan, as --buyer-calendar. Default: ${DEFAULT-VALUE}.")
    String sellerCalendar;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    @Option(names = "--format", defaultValue = "markdown",
        description = "markdown, html, csv, icalendar, mermaid or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--audience", defaultValue = "INTERNAL", description = "INTERNAL (every item) or BUYER "
        + "(shared items only; with --share). Default: ${DEFAULT-VALUE}: a new plan is the seller's closing plan. "
        + "JSON is always whole.")
    Audience audience;

    @Option(names = {"-o", "--out"}, description = "The file to write (default: standard output).")
    Optional<Path> out;

    @Override
    public Integer call() throws IOException {
      CommandLine cli = spec.commandLine();
      Optional<DocumentFormat> document;
      try {
        document = format.equalsIgnoreCase("json") ? Optional.empty()
            : Optional.of(DocumentFormat.fromName(format)); // a wrong name fails before any work
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, "--format: " + e.getMessage());
      }
      if (audience == Audience.BUYER && !share) {
        throw new CommandLine.ParameterException(cli, "--audience BUYER: a buyer sees a plan once it is shared; "
            + "add --share (with the buyer's co-owner, champion and economic buyer as --person)");
      }
      ZoneId in = zone.orElseGet(ZoneId::systemDefault);
      LocalDate today = LocalDate.now(Clock.system(in));
      if (when.close != null && when.close.isBefore(today)) {
        throw new CommandLine.ParameterException(cli, "--close: " + when.close + " is before today (" + today
            + "); give a day to come, or --start to plan forward");
      }
      Money deal;
      try {
        deal = Money.of(value, currency);
      } catch (PlanValidationException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, "--value " + Texts.quote(value) + " --currency "
            + Texts.quote(currency) + ": " + (e instanceof PlanValidationException
                ? ((PlanValidationException) e).violations().get(0).message() : e.getMessage()));
      }
      CustomerProfile.Builder profile = CustomerProfile.builder().industry(industry).buyingProcess(process)
          .addAllComplianceRegimes(compliance).decisionMakers(decisionMakers)
          .dealSize(deal).buyerCountry(country).language(language);
      segment.ifPresent(profile::segment);
      headCount.ifPresent(profile::headCount);
      CustomerProfile customer;
      try {
        customer = profile.build();
      } catch (TemplateValidationException e) {
        throw new CommandLine.ParameterException(cli, option(e.violations().get(0)));
      }
      CalendarId buyer = calendar("--buyer-calendar", buyerCalendar);
      CalendarId seller = calendar("--seller-calendar", sellerCalendar);
      PlanTemplate chosen = template.isPresent() ? Deals.CATALOGUE.template(template.get()).orElseThrow(
          () -> new CommandLine.ParameterException(cli, "--template: no template '" + template.get()
              + "'; the catalogue has " + Deals.CATALOGUE.templates().stream().map(PlanTemplate::id).toList()))
          : choose(cli, customer);
      List<Stakeholder> persons = new ArrayList<>();
      for (String person : people) {
        persons.add(person(cli, person, persons));
      }
      Stakeholder owner = persons.stream().filter(p -> p.side() == Side.SELLER).findFirst().orElseGet(() -> {
        Stakeholder standIn = Stakeholder.builder().id(StakeholderId.of("account-executive")).side(Side.SELLER)
            .name("Account Executive").addRoles(Role.ACCOUNT_EXECUTIVE).build();
        persons.add(0, standIn);
        return standIn;
      });
      Instant now = Instant.now();
      Instantiation made = TemplateInstantiator.standard().instantiate(InstantiationRequest.builder()
          .template(chosen).rules(Deals.CATALOGUE.rules()).profile(customer)
          .planId(PlanId.of(slug(account))).title(title).deal(Deal.of(account, customer.dealSize()))
          .sellerOrganization(sellerOrganization).buyerOrganization(account)
          .addAllPeople(persons).sellerOwner(owner.id())
          .buyerCoOwner(persons.stream().filter(p -> p.side() == Side.BUYER).map(Stakeholder::id).findFirst())
          .anchor(when.start != null ? Anchor.startOn(when.start) : Anchor.closeBy(when.close, today))
          .buyerCalendar(buyer).sellerCalendar(seller)
          .zone(in).createdAt(now)
          .build());
      made.warnings().forEach(w -> cli.getErr().println("warning: " + w));
      made.shortfallDays().ifPresent(d -> cli.getErr().printf(
          "warning: the plan cannot close by %s: it needs %d more working days%n", when.close, d));
      MutualActionPlan plan = share ? shared(cli, made, owner, now) : made.plan();
      String written = document.isPresent() ? document.get().renderer(RenderOptions.defaults()
          .withAudience(audience).withLocale(language)).render(plan)
              : PlanJson.standard().write(plan).text();
      if (out.isPresent()) {
        Files.writeString(out.get(), written, StandardCharsets.UTF_8);
        cli.getErr().printf("Wrote %s (%s, %d commitments, target close %s)%n", out.get(),
            plan.provenance().orElseThrow().templateId(), plan.commitments().size(), plan.targetClose());
      } else {
        cli.getOut().print(written);
      }
      return 0;
    }

    /** The catalogue's template for the customer, its reasons on standard error; an unknown industry refused. */
    private static PlanTemplate choose(CommandLine cli, CustomerProfile customer) {
      CatalogueChoice choice;
      try {
        choice = Deals.CATALOGUE.choose(customer);
      } catch (TemplateValidationException e) {
        throw new CommandLine.ParameterException(cli, option(e.violations().get(0)));
      }
      PrintWriter err = cli.getErr();
      err.printf("Template %s: %s%n", choice.template().id(), choice.templateReason());
      err.printf("Segment %s: %s%n", choice.segment(), choice.segmentReason());
      choice.rules().forEach(r -> err.printf("Rule %s: %s%n", r.id(), String.join("; ", r.conditions())));
      choice.warnings().forEach(w -> err.println("warning: " + w));
      return choice.template();
    }

    /** A person of {@code --person SIDE:ROLES:NAME [<email>]}, refused with the option's value when malformed. */
    static Stakeholder person(CommandLine cli, String text, List<Stakeholder> before) {
      String[] parts = text.split(":", 3);
      String problem = null;
      Stakeholder.Builder person = Stakeholder.builder();
      if (parts.length < 3 || parts[2].isBlank()) {
        problem = "expected SIDE:ROLES:NAME, such as buyer:champion:Dr. Maya Patel";
      } else if (!parts[0].equalsIgnoreCase("buyer") && !parts[0].equalsIgnoreCase("seller")) {
        problem = "the side is buyer or seller";
      } else {
        Matcher named = PERSON.matcher(parts[2].strip());
        named.matches(); // always: the email is optional
        String name = named.group(1).strip();
        if (name.isEmpty()) {
          throw new CommandLine.ParameterException(cli, "--person " + Texts.quote(text) + ": the name is missing");
        }
        try {
          person.side(Side.valueOf(parts[0].toUpperCase(Locale.ROOT))).name(name)
              .id(StakeholderId.of(unique(key(name, "person"), before)));
          Optional.ofNullable(named.group(2)).ifPresent(person::email);
          for (String role : parts[1].split(",")) {
            if (!role.isBlank()) {
              person.addRoles(Role.of(role.strip()));
            }
          }
          return person.build();
        } catch (PlanValidationException e) {
          problem = e.violations().get(0).toString();
        }
      }
      throw new CommandLine.ParameterException(cli, "--person " + Texts.quote(text) + ": " + problem);
    }

    private static final Pattern PERSON = Pattern.compile("(.*?)\\s*(?:<([^<>]*)>)?");

    /** The id, or the id with the first free number, so that two people of one name are two people. */
    private static String unique(String id, List<Stakeholder> before) {
      Set<String> taken = before.stream().map(p -> p.id().key()).collect(Collectors.toSet());
      String candidate = id;
      for (int n = 2; taken.contains(candidate); n++) {
        candidate = id + "-" + n;
      }
      return candidate;
    }

    /** The plan shared by its owner, or a usage error that says who is missing. */
    private static MutualActionPlan shared(CommandLine cli, Instantiation made, Stakeholder owner, Instant now) {
      try {
        return PlanEditor.standard().apply(PlanHistory.of(made.plan()), PlanChange.share(), owner.id(), now)
            .current();
      } catch (ChangeRejectedException e) {
        throw new CommandLine.ParameterException(cli, "--share: " + e.getMessage());
      }
    }

    /** A problem of the customer profile, named by the option that sets what is wrong. */
    static String option(Violation v) {
      String field = v.path().replaceFirst("[.\\[].*", "");
      String option = Map.of("industry", "--industry", "segment", "--segment", "headCount", "--head-count",
          "decisionMakers", "--decision-makers", "dealSize", "--value", "buyerCountry", "--country",
          "complianceRegimes", "--compliance", "buyingProcess", "--process").getOrDefault(field, field);
      return option + v.path().substring(field.length()) + ": " + v.message();
    }

    /** A calendar name the registry knows, or a usage error that says what it knows. */
    static CalendarId calendar(String option, String name) {
      CalendarId id;
      try {
        id = CalendarId.of(name);
      } catch (PlanValidationException e) {
        throw new IllegalArgumentException(option + ": '" + name + "' is not a calendar name", e);
      }
      try {
        CalendarRegistry.standard().resolve(id);
      } catch (UnknownCalendarException e) {
        throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
      }
      return id;
    }

    static String slug(String name) {
      return key(name, "plan");
    }

    /**
     * A key made of a name: its ASCII letters and digits, lower case, joined by hyphens, at most 90 characters
     * (room for a number that tells two alike apart); the fallback when the name has none, such as a name in
     * Cyrillic.
     */
    static String key(String name, String fallback) {
      String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      key = key.length() > 90 ? key.substring(0, 90).replaceAll("-$", "") : key;
      return key.isEmpty() ? fallback : key;
    }
  }

  /** The industries of the catalogue, for {@code --industry}'s help. */
  static final class Industries implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Deals.CATALOGUE.industries().iterator();
    }
  }

  /** Reads the plan of a JSON document. */
  static MutualActionPlan read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return PlanJson.standard().readPlan(JsonSource.of(in));
    }
  }

  /** {@code assess}: the risks of a plan read from JSON. */
  @Command(name = "assess", description = "Assess the risks of a plan read from a JSON file.")
  static final class Assess implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "The plan, as written by 'create --format json'.")
    Path file;

    @Option(names = "--as-of", description = "The day to assess it on (default: today).")
    Optional<LocalDate> asOf;

    @Option(names = "--language", defaultValue = "en", description = "en or ru. Default: ${DEFAULT-VALUE}.")
    Locale language;

    @Override
    public Integer call() throws IOException {
      MutualActionPlan plan = read(file);
      LocalDate day = asOf.orElseGet(() -> LocalDate.now(plan.zone()));
      new Printer(spec.commandLine().getOut(), language).risk(RiskAssessor.standard().assess(plan, day));
      return 0;
    }
  }

  /** {@code forecast}: the close forecast of a plan read from JSON. */
  @Command(name = "forecast", description = "Forecast when a plan read from a JSON file closes.")
  static final class Forecast implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "The plan, as written by 'create --format json'.")
    Path file;

    @Option(names = "--as-of", description = "Take actual dates as of this day (default: none, plan dates).")
    Optional<LocalDate> asOf;

    @Option(names = "--trials", defaultValue = "10000", description = "Default: ${DEFAULT-VALUE}.")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--distribution", defaultValue = "PERT", description = "PERT or TRIANGULAR.")
    Distribution distribution;

    @Override
    public Integer call() throws IOException {
      MutualActionPlan plan = read(file);
      Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(trials).withSeed(seed)
          .withDistribution(distribution)); // on the calendars the plan names
      CloseForecast forecast = asOf.isPresent() ? forecaster.forecast(plan, asOf.get()) : forecaster.forecast(plan);
      new Printer(spec.commandLine().getOut(), Locale.ENGLISH).forecast(plan, forecast);
      return 0;
    }
  }

  /** {@code flagship}: the flagship example. */
  @Command(name = "flagship", description = "The healthcare deal: plan, schedule, risks, forecast, documents.")
  static final class Flagship implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", defaultValue = "target/flagship", description = "Where to write the documents "
        + "(default: ${DEFAULT-VALUE}).")
    Path directory;

    @Override
    public Integer call() throws IOException {
      FlagshipExample.run(directory, spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code side-by-side}: the startup and the health system. */
  @Command(name = "side-by-side", description = "The same deal for a startup and a health system.")
  static final class SideBySide implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      SideBySideExample.run(spec.commandLine().getOut());
    }
  }

  /** {@code sign-off}: from a closing plan to an agreed plan. */
  @Command(name = "sign-off", description = "Convert a closing plan, share it and sign it off.")
  static final class SignOff implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      SignOffExample.run(spec.commandLine().getOut());
    }
  }

  /** {@code slip}: a slip and the new forecast. */
  @Command(name = "slip", description = "A slip on the critical path, its impact and the new forecast.")
  static final class Slip implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      SlipExample.run(spec.commandLine().getOut());
    }
  }

  /** {@code portfolio}: a portfolio risk report. */
  @Command(name = "portfolio", description = "Assess and forecast a portfolio of generated deals.")
  static final class Portfolio implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--deals", defaultValue = "2000", description = "Default: ${DEFAULT-VALUE}.")
    int deals;

    @Override
    public void run() {
      PortfolioExample.run(deals, spec.commandLine().getOut());
    }
  }

  /** {@code store}: plans in a store. */
  @Command(name = "store", description = "Store plans in H2: changes rebased or refused, queries, the outbox, "
      + "erasure.")
  static final class Store implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      StoreExample.run(spec.commandLine().getOut());
    }
  }

  /** {@code insights}: win-loss, calibrated durations and backtested forecasts of closed deals. */
  @Command(name = "insights", description = "Learn from closed deals: win-loss analysis, step durations calibrated "
      + "from history, and forecasts backtested against what happened. Reads plan histories from a folder of JSON "
      + "files or a plan store; without a source, analyses synthetic deals.")
  static final class Insights implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", description = "A folder of histories (*.json, as PlanJson writes "
        + "them) or the JDBC URL of a plan store (jdbc:...). Default: synthetic deals.")
    Optional<String> source;

    @Option(names = "--user", defaultValue = "", description = "The store's database user.")
    String user;

    @Option(names = "--password", defaultValue = "", description = "The user's password; or the environment "
        + "variable MUTUAL_PLAN_DB_PASSWORD.")
    String password;

    @Option(names = "--tenant", defaultValue = "default", description = "The store's tenant. Default: "
        + "${DEFAULT-VALUE}.")
    String tenant;

    @Option(names = "--facts", description = "A CSV file of the caller's factors by plan: a header 'plan,' and the "
        + "factors' names (such as plan,industry,segment), then a line for each plan.")
    Optional<Path> facts;

    @Option(names = "--deals", defaultValue = "600", description = "Synthetic deals to make without a source. "
        + "Default: ${DEFAULT-VALUE}.")
    int deals;

    @Option(names = "--seed", defaultValue = "42", description = "The synthetic deals' seed. Default: "
        + "${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--trials", defaultValue = "1000", description = "The trials of each backtested forecast. "
        + "Default: ${DEFAULT-VALUE}.")
    int trials;

    @Option(names = "--out", defaultValue = "target/insights", description = "Where to write win-loss.html and "
        + "win-loss.md. Default: ${DEFAULT-VALUE}.")
    Path directory;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if (deals < 1 || deals > 100_000) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--deals: must be 1 to 100000, was " + deals);
      }
      Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(trials));
      if (source.isEmpty()) {
        InsightsExample.run(deals, seed, directory, out);
        return 0;
      }
      List<PlanHistory> closed = source.get().startsWith("jdbc:")
          ? InsightsSources.fromStore(source.get(), user, password.isEmpty()
              ? System.getenv().getOrDefault("MUTUAL_PLAN_DB_PASSWORD", "") : password, tenant)
          : InsightsSources.fromFolder(Path.of(source.get()));
      Map<PlanId, Map<String, String>> byPlan = facts.isPresent() ? InsightsSources.facts(facts.get()) : Map.of();
      out.printf("%,d histories from %s%n%n", closed.size(), source.get());
      InsightsExample.report(closed, byPlan, forecaster, directory, out);
      return 0;
    }
  }
}
