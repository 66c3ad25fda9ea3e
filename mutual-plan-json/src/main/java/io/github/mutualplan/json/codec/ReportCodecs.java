package io.github.mutualplan.json.codec;

import static io.github.mutualplan.json.codec.ModelCodecs.COMMITMENT_ID;
import static io.github.mutualplan.json.codec.ModelCodecs.PLAN_ID;
import static io.github.mutualplan.json.codec.Scalars.DATE;
import static io.github.mutualplan.json.codec.Scalars.DOUBLE;
import static io.github.mutualplan.json.codec.Scalars.INT;
import static io.github.mutualplan.json.codec.Scalars.LONG;
import static io.github.mutualplan.json.codec.Scalars.TEXT;
import static io.github.mutualplan.json.codec.Scalars.enumeration;
import static io.github.mutualplan.json.codec.Scalars.map;
import static io.github.mutualplan.json.codec.Scalars.parsed;

import io.github.mutualplan.CommitmentId;
import io.github.mutualplan.forecast.CloseForecast;
import io.github.mutualplan.risk.RiskFinding;
import io.github.mutualplan.risk.RiskReport;
import io.github.mutualplan.risk.RiskRuleId;
import io.github.mutualplan.risk.RiskSubject;
import io.github.mutualplan.risk.Severity;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Risk reports, their findings, and close forecasts.
 *
 * @since 0.1.0
 */
public final class ReportCodecs {
  private static final Codec<Map<String, String>> TEXTS =
      map("a language code", Objects::requireNonNull, Function.identity(), TEXT);
  private static final Codec<RiskRuleId> RULE_ID =
      parsed("a rule id like \"overdue-commitment\"", RiskRuleId::of, RiskRuleId::key);
  private static final Codec<RiskSubject> SUBJECT =
      parsed("a finding's subject like \"commitments[security-review]\" or \"plan\"", RiskSubject::parse,
          RiskSubject::path);

  /** A finding of a risk report. */
  public static final ObjectShape<RiskFinding> FINDING = ObjectShape.<RiskFinding>of("a risk finding")
      .required("rule", RULE_ID, RiskFinding::rule)
      .required("severity", enumeration(Severity.class), RiskFinding::severity)
      .required("subject", SUBJECT, RiskFinding::subject)
      .required("message", TEXTS, RiskFinding::message)
      .required("action", TEXTS, RiskFinding::action)
      .make(v -> RiskFinding.builder().rule(v.get("rule")).severity(v.get("severity")).subject(v.get("subject"))
          .message(v.<Map<String, String>>get("message")).action(v.<Map<String, String>>get("action")).build());

  /** A report; its health score is written for readers of the JSON, and checked against the findings. */
  public static final ObjectShape<RiskReport> RISK_REPORT = ObjectShape.<RiskReport>of("a risk report")
      .required("plan", PLAN_ID, RiskReport::plan)
      .required("version", LONG, RiskReport::version)
      .required("asOf", DATE, RiskReport::asOf)
      .optional("projectedClose", DATE, RiskReport::projectedClose)
      .many("findings", FINDING, RiskReport::findings)
      .required("healthScore", INT, RiskReport::healthScore)
      .make(v -> {
        RiskReport report = RiskReport.of(v.get("plan"), v.<Long>get("version"), v.get("asOf"),
            v.optional("projectedClose"), v.list("findings"));
        int stored = v.<Integer>get("healthScore");
        if (report.healthScore() != stored) {
          throw new IllegalArgumentException("healthScore: the findings give " + report.healthScore() + ", not "
              + stored);
        }
        return report;
      });

  /** A close forecast; its maps are objects keyed by date and by commitment key. */
  public static final ObjectShape<CloseForecast> FORECAST = ObjectShape.<CloseForecast>of("a close forecast")
      .required("plan", PLAN_ID, CloseForecast::plan)
      .required("version", LONG, CloseForecast::version)
      .required("trials", INT, CloseForecast::trials)
      .required("seed", LONG, CloseForecast::seed)
      .required("targetClose", DATE, CloseForecast::targetClose)
      .required("closeDays", map("a date like 2027-03-01", LocalDate::parse, LocalDate::toString, INT),
          f -> f.closeDays())
      .required("criticality", map("a commitment id", CommitmentId::of, CommitmentId::key, DOUBLE),
          CloseForecast::criticality)
      .required("expectedSlipDays", DOUBLE, CloseForecast::expectedSlipDays)
      .make(v -> CloseForecast.of(v.get("plan"), v.<Long>get("version"), v.<Integer>get("trials"),
          v.<Long>get("seed"), v.get("targetClose"), v.get("closeDays"), v.get("criticality"),
          v.<Double>get("expectedSlipDays")));

  private ReportCodecs() {}
}
