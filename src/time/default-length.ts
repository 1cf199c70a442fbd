/**
 * How long an event without an end is taken to last. One constant, shared by the
 * countdown's `live` phase and the calendar entries, so they never disagree.
 */

/** Minutes an event without an `end` is assumed to last. */
export const DEFAULT_LENGTH_MINUTES = 90;
