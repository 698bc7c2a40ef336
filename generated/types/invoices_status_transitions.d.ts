/** @schema `invoices_status_transitions` */
export type InvoicesStatusTransitions = {
  /**
   * The time that the invoice draft was finalized.
   *
   * @format unix-time
   */
  finalized_at?: number | null;
  /**
   * The time that the invoice was marked uncollectible.
   *
   * @format unix-time
   */
  marked_uncollectible_at?: number | null;
  /**
   * The time that the invoice was paid.
   *
   * @format unix-time
   */
  paid_at?: number | null;
  /**
   * The time that the invoice was voided.
   *
   * @format unix-time
   */
  voided_at?: number | null;
};
