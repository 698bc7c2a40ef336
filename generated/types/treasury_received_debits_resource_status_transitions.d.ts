/** @schema `treasury_received_debits_resource_status_transitions` */
export type TreasuryReceivedDebitsResourceStatusTransitions = {
  /**
   * Timestamp describing when the DebitReversal changed status to `completed`.
   *
   * @format unix-time
   */
  completed_at?: number | null;
};
