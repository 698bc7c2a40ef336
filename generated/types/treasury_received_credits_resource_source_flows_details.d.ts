import type { Payout } from "./payout.js";
import type { TreasuryCreditReversal } from "./treasury.credit_reversal.js";
import type { TreasuryOutboundPayment } from "./treasury.outbound_payment.js";

/** @schema `treasury_received_credits_resource_source_flows_details` */
export type TreasuryReceivedCreditsResourceSourceFlowsDetails = {
  credit_reversal?: TreasuryCreditReversal;
  outbound_payment?: TreasuryOutboundPayment;
  payout?: Payout;
  /** The type of the source flow that originated the ReceivedCredit. */
  type:
    "credit_reversal" | "other" | "outbound_payment" | "payout" | (string & {});
};
