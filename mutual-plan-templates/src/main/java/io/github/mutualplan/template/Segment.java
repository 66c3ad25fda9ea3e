package io.github.mutualplan.template;

/**
 * The size class of the buying organisation, which sets how long its sales cycle runs.
 *
 * <p><b>How a profile's segment is found.</b> A {@link CustomerProfile} states its segment, or gives a head count
 * from which {@link #ofHeadCount(int)} infers it: fewer than 100 people {@link #SMB}, 100 to 999
 * {@link #MID_MARKET}, 1,000 or more {@link #ENTERPRISE}. Nothing else is used: not the deal size, the buying
 * process nor the number of decision makers. {@link #STARTUP} is never inferred: a profile has no founding year
 * or funding stage, so a 40-person startup and a 40-person family business look the same, and the catalogue
 * does not guess. Set {@code segment(Segment.STARTUP)} for a young company that decides quickly;
 * {@link Catalogue#explain(CustomerProfile)} says which segment was used and why.
 *
 * <pre>{@code
 * Segment.ofHeadCount(40);                                            // SMB, even for a startup
 * CustomerProfile.builder().headCount(40).segment(Segment.STARTUP)    // a startup: startup-fast-track
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Segment {
  /** A young company that decides quickly, whatever its head count. Never inferred; only when stated. */
  STARTUP,
  /** A small or medium business: fewer than 100 people; cycles of 1 to 3 months. */
  SMB,
  /** 100 to 999 people; cycles of 3 to 9 months. */
  MID_MARKET,
  /** 1,000 people or more; cycles of 9 months and more. */
  ENTERPRISE;

  /** The fewest people of a {@link #MID_MARKET} organisation: 100. */
  static final int MID_MARKET_HEAD_COUNT = 100;
  /** The fewest people of an {@link #ENTERPRISE}: 1,000. */
  static final int ENTERPRISE_HEAD_COUNT = 1_000;

  /**
   * The segment of an established organisation of this head count: {@link #SMB} under 100 people,
   * {@link #MID_MARKET} under 1,000, {@link #ENTERPRISE} from 1,000; never {@link #STARTUP}.
   *
   * @throws IllegalArgumentException if the head count is less than 1
   */
  public static Segment ofHeadCount(int headCount) {
    if (headCount < 1) {
      throw new IllegalArgumentException("headCount: must be at least 1 (was " + headCount + ")");
    }
    return headCount < MID_MARKET_HEAD_COUNT ? SMB : headCount < ENTERPRISE_HEAD_COUNT ? MID_MARKET : ENTERPRISE;
  }
}
