/** @schema `treasury_received_credits_resource_reversal_details` */
export type TreasuryReceivedCreditsResourceReversalDetails = {
  /**
   * Time before which a ReceivedCredit can be reversed.
   *
   * @format unix-time
   */
  deadline?: number | null;
  /** Set if a ReceivedCredit cannot be reversed. */
  restricted_reason?:
    | "already_reversed"
    | "deadline_passed"
    | "network_restricted"
    | "other"
    | "source_flow_restricted"
    | null;
};
