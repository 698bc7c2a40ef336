/** @schema `quotes_resource_status_transitions` */
export type QuotesResourceStatusTransitions = {
  /**
   * The time that the quote was accepted. Measured in seconds since Unix epoch.
   *
   * @format unix-time
   */
  accepted_at?: number | null;
  /**
   * The time that the quote was canceled. Measured in seconds since Unix epoch.
   *
   * @format unix-time
   */
  canceled_at?: number | null;
  /**
   * The time that the quote was finalized. Measured in seconds since Unix epoch.
   *
   * @format unix-time
   */
  finalized_at?: number | null;
};
