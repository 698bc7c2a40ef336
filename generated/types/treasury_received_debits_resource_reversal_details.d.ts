/** @schema `treasury_received_debits_resource_reversal_details` */
export type TreasuryReceivedDebitsResourceReversalDetails = {
  /**
   * Time before which a ReceivedDebit can be reversed.
   *
   * @format unix-time
   */
  deadline?: number | null;
  /** Set if a ReceivedDebit can't be reversed. */
  restricted_reason?:
    | "already_reversed"
    | "deadline_passed"
    | "network_restricted"
    | "other"
    | "source_flow_restricted"
    | null;
};
