package io.github.mutualplan.risk;

import java.util.List;
import org.immutables.value.Value;

/**
 * How a plan's risk moved between two reports; see {@link RiskReport#changesSince(RiskReport)}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskChange {
  RiskChange() {}

  /** Findings that are new, or came back more or less severe. */
  public abstract List<RiskFinding> added();

  /** Findings that are gone, or changed severity. */
  public abstract List<RiskFinding> resolved();

  /** The health score now minus then. */
  public abstract int scoreChange();
}
