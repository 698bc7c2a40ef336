/** @schema `treasury_received_credits_resource_status_transitions` */
export type TreasuryReceivedCreditsResourceStatusTransitions = {
  /**
   * Timestamp describing when the CreditReversal changed status to `posted`
   *
   * @format unix-time
   */
  posted_at?: number | null;
};
