package io.github.mutualplan;

import java.util.Objects;
import java.util.Optional;

/**
 * A regulation or certification the buyer must satisfy, which adds steps to the plan. Templates tailor a plan
 * to the regimes of a customer's profile, and record the customization rule named by the regime's
 * {@linkplain #key() key} in the plan's {@link Provenance}; the risk rules read that to know the buyer is
 * regulated.
 *
 * <pre>{@code
 * ComplianceRegime.HIPAA.key();                                   // "hipaa"
 * ComplianceRegime.ofKey("soc-2");                                // Optional[SOC_2]
 * plan.provenance().get().rules().stream().anyMatch(r -> ComplianceRegime.ofKey(r.ruleId()).isPresent());
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ComplianceRegime {
  /** US health data: a business associate agreement and a security risk assessment. */
  HIPAA("hipaa"),
  /** EU personal data: a data processing agreement. */
  GDPR("gdpr"),
  /** Service organisation controls: a security questionnaire and the report. */
  SOC_2("soc-2"),
  /** Payment card data. */
  PCI_DSS("pci-dss"),
  /** US federal cloud authorisation. */
  FEDRAMP("fedramp"),
  /** Information security management. */
  ISO_27001("iso-27001");

  private final String key;

  ComplianceRegime(String key) {
    this.key = key;
  }

  /**
   * The regime's readable key, such as {@code hipaa} or {@code soc-2}: the identifier of the customization rule
   * that tailors a plan to it, and the key of the decision criterion that rule adds.
   */
  public String key() {
    return key;
  }

  /**
   * The regime with this key.
   *
   * @param key a key such as {@code "gdpr"}
   * @return the regime, or empty when no regime has the key
   */
  public static Optional<ComplianceRegime> ofKey(String key) {
    Objects.requireNonNull(key, "key");
    for (ComplianceRegime regime : values()) {
      if (regime.key.equals(key)) {
        return Optional.of(regime);
      }
    }
    return Optional.empty();
  }
}
