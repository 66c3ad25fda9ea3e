package io.github.mutualplan.template;

/** A regulation or certification the buyer must satisfy, which adds steps to the plan. */
public enum ComplianceRegime {
  /** US health data: a business associate agreement and a security risk assessment. */
  HIPAA,
  /** EU personal data: a data processing agreement. */
  GDPR,
  /** Service organisation controls: a security questionnaire and the report. */
  SOC_2,
  /** Payment card data. */
  PCI_DSS,
  /** US federal cloud authorisation. */
  FEDRAMP,
  /** Information security management. */
  ISO_27001
}
