package io.github.mutualplan.template;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.mutualplan.Visibility;
import java.util.List;
import org.immutables.value.Value;

/** A milestone of a template; its date in a plan is the day the last of its steps finishes. */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestoneTemplate.class)
@JsonDeserialize(as = ImmutableMilestoneTemplate.class)
public abstract class MilestoneTemplate implements WithMilestoneTemplate {
  MilestoneTemplate() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The milestone's key, such as {@code contract-signed}. */
  public abstract String key();

  /** What is reached. */
  public abstract LocalizedText name();

  /** What must be true for it to count as reached. */
  public abstract List<LocalizedText> exitCriteria();

  /** Whether it is the closing milestone; false unless set. */
  @Value.Default
  public boolean closing() {
    return false;
  }

  /** Who sees it; shared unless set. */
  @Value.Default
  public Visibility visibility() {
    return Visibility.SHARED;
  }

  /** Builds a {@link MilestoneTemplate}; {@code key} and {@code name} are required. */
  public static final class Builder extends ImmutableMilestoneTemplate.Builder {
    Builder() {}
  }
}
