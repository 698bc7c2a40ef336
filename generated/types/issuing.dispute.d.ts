import type { BalanceTransaction } from "./balance_transaction.js";
import type { IssuingTransaction } from "./issuing.transaction.js";
import type { IssuingDisputeEvidence } from "./issuing_dispute_evidence.js";
import type { IssuingDisputeTreasury } from "./issuing_dispute_treasury.js";

/**
 * As a [card issuer](https://stripe.com/docs/issuing), you can dispute transactions that the cardholder does not recognize, suspects to be fraudulent, or has other issues with.
 *
 * Related guide: [Issuing disputes](https://stripe.com/docs/issuing/purchases/disputes)
 *
 * @schema `issuing.dispute`
 */
export type IssuingDispute = {
  /** Disputed amount in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation). */
  amount: number;
  /** List of balance transactions associated with the dispute. */
  balance_transactions?: BalanceTransaction[] | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** The currency the `transaction` was made in. */
  currency: string;
  evidence: IssuingDisputeEvidence;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.dispute";
  /** Current status of the dispute. */
  status: "expired" | "lost" | "submitted" | "unsubmitted" | "won";
  /**
   * The transaction being disputed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction: string | IssuingTransaction;
  /** [Treasury](https://stripe.com/docs/api/treasury) details related to this dispute if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts */
  treasury?: IssuingDisputeTreasury | null;
};
