package io.github.mutualplan.template;

/** The size class of the buying organisation, which sets how long its sales cycle runs. */
public enum Segment {
  /** A young company that decides quickly, whatever its head count. */
  STARTUP,
  /** A small or medium business: fewer than 100 people; cycles of 1 to 3 months. */
  SMB,
  /** 100 to 999 people; cycles of 3 to 9 months. */
  MID_MARKET,
  /** 1,000 people or more; cycles of 9 months and more. */
  ENTERPRISE;

  /** The segment of an established organisation of this head count. */
  public static Segment ofHeadCount(int headCount) {
    if (headCount < 1) {
      throw new IllegalArgumentException("headCount: must be at least 1 (was " + headCount + ")");
    }
    return headCount < 100 ? SMB : headCount < 1000 ? MID_MARKET : ENTERPRISE;
  }
}
