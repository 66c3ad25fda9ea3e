package io.github.mutualplan.examples;

import io.github.mutualplan.ComplianceRegime;
import io.github.mutualplan.Money;
import io.github.mutualplan.MutualActionPlan;
import io.github.mutualplan.Role;
import io.github.mutualplan.Side;
import io.github.mutualplan.Stakeholder;
import io.github.mutualplan.forecast.ForecastOptions;
import io.github.mutualplan.forecast.Forecaster;
import io.github.mutualplan.portfolio.PortfolioAnalyzer;
import io.github.mutualplan.portfolio.PortfolioReport;
import io.github.mutualplan.portfolio.PortfolioSummary;
import io.github.mutualplan.risk.RiskAssessor;
import io.github.mutualplan.template.Anchor;
import io.github.mutualplan.template.BuyingProcess;
import io.github.mutualplan.template.CustomerProfile;
import io.github.mutualplan.template.Segment;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A portfolio risk report: a sales team's open deals, made from the catalogue for customers of every segment,
 * started over the last six months and each at its own stage, assessed and forecast at once.
 */
public final class PortfolioExample {
  private static final String[] INDUSTRIES = {"technology", "healthcare", "financial-services", "public-sector",
      "manufacturing", "retail"};
  /** Each deal's buyer: one person who champions it and holds the budget. */
  private static final Stakeholder CHAMPION = Deals.person("champion", Side.BUYER, "Chris Doe", "Director",
      Role.CHAMPION, Role.ECONOMIC_BUYER);

  private PortfolioExample() {}

  /** Makes {@code deals} plans (seeded), analyzes them as of a day and prints the summary. */
  public static PortfolioReport run(int deals, PrintWriter out) {
    LocalDate asOf = Deals.START.plusMonths(6);
    List<MutualActionPlan> plans = portfolio(deals, asOf, new SplittableRandom(2027));
    Forecaster forecaster = Forecaster.of(ForecastOptions.defaults().withTrials(1_000));
    long started = System.nanoTime();
    PortfolioReport report = PortfolioAnalyzer.of(RiskAssessor.standard())
        .withForecaster(forecaster).analyze(plans, asOf);
    long millis = (System.nanoTime() - started) / 1_000_000;

    PortfolioSummary summary = report.summary();
    out.printf("%,d open deals as of %s, assessed and forecast (1,000 trials each) in %,d ms%n", summary.plans(),
        asOf, millis);
    out.println("By health: " + summary.countsByBand());
    out.println("Value at risk: " + summary.valueAtRisk());
    out.println("Expected closes by month (value weighted by probability):");
    summary.expectedClosesByMonth().entrySet().stream().limit(12)
        .forEach(e -> out.printf("  %s  %s%n", e.getKey(), e.getValue()));
    out.println("Most at risk:");
    report.results().stream().filter(r -> !r.risk().findings().isEmpty())
        .sorted(Comparator.comparingInt(r -> r.risk().healthScore()))
        .limit(3).forEach(r -> out.printf("  %s %s: %d/100, %s%n", r.plan(), r.deal().value(),
            r.risk().healthScore(), r.risk().findings().get(0).message(Locale.ENGLISH)));
    return report;
  }

  /** Seeded deals of every segment, each progressed to where it stands on the day. */
  static List<MutualActionPlan> portfolio(int deals, LocalDate asOf, SplittableRandom random) {
    List<MutualActionPlan> plans = new ArrayList<>(deals);
    for (int i = 0; i < deals; i++) {
      Segment segment = Segment.values()[random.nextInt(Segment.values().length)];
      String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
      CustomerProfile.Builder profile = CustomerProfile.builder().industry(industry).segment(segment)
          .buyingProcess(BuyingProcess.values()[random.nextInt(BuyingProcess.values().length)])
          .decisionMakers(1 + random.nextInt(8))
          .dealSize(Money.of(Integer.toString(10_000 * (1 + random.nextInt(60))), "USD")).buyerCountry("US");
      if (industry.equals("healthcare")) {
        profile.addComplianceRegimes(ComplianceRegime.HIPAA);
      }
      if (random.nextInt(3) == 0) {
        profile.addComplianceRegimes(ComplianceRegime.SOC_2);
      }
      LocalDate start = asOf.minusDays(7 + random.nextInt(180));
      MutualActionPlan plan = Deals.instantiate("deal-" + i, "Account " + i, profile.build(),
          List.of(CHAMPION), Anchor.startOn(start)).plan();
      // Most teams keep their plans up to date; three in ten stopped some day between the start and now. In
      // three deals in ten, the buyer is late with a pledge.
      LocalDate upTo = random.nextInt(10) < 7 ? asOf
          : start.plusDays(random.nextInt((int) (asOf.toEpochDay() - start.toEpochDay()) + 1));
      plans.add(FlagshipExample.progressTo(plan, upTo, random.nextInt(10) < 3).current());
    }
    return plans;
  }
}
