import type { TreasuryReceivedCreditsResourceSourceFlowsDetails } from "./treasury_received_credits_resource_source_flows_details.js";

/** @schema `treasury_received_credits_resource_linked_flows` */
export type TreasuryReceivedCreditsResourceLinkedFlows = {
  /**
   * The CreditReversal created as a result of this ReceivedCredit being reversed.
   *
   * @maxLength 5000
   */
  credit_reversal?: string | null;
  /**
   * Set if the ReceivedCredit was created due to an [Issuing Authorization](https://stripe.com/docs/api#issuing_authorizations) object.
   *
   * @maxLength 5000
   */
  issuing_authorization?: string | null;
  /**
   * Set if the ReceivedCredit is also viewable as an [Issuing transaction](https://stripe.com/docs/api#issuing_transactions) object.
   *
   * @maxLength 5000
   */
  issuing_transaction?: string | null;
  /**
   * ID of the source flow. Set if `network` is `stripe` and the source flow is visible to the user. Examples of source flows include OutboundPayments, payouts, or CreditReversals.
   *
   * @maxLength 5000
   */
  source_flow?: string | null;
  /** The expandable object of the source flow. */
  source_flow_details?: TreasuryReceivedCreditsResourceSourceFlowsDetails | null;
  /**
   * The type of flow that originated the ReceivedCredit (for example, `outbound_payment`).
   *
   * @maxLength 5000
   */
  source_flow_type?: string | null;
};
