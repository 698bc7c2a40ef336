import type { BalanceTransaction } from "./balance_transaction.js";
import type { IssuingAuthorization } from "./issuing.authorization.js";
import type { IssuingCard } from "./issuing.card.js";
import type { IssuingCardholder } from "./issuing.cardholder.js";
import type { IssuingDispute } from "./issuing.dispute.js";
import type { IssuingAuthorizationMerchantData } from "./issuing_authorization_merchant_data.js";
import type { IssuingTransactionAmountDetails } from "./issuing_transaction_amount_details.js";
import type { IssuingTransactionPurchaseDetails } from "./issuing_transaction_purchase_details.js";
import type { IssuingTransactionTreasury } from "./issuing_transaction_treasury.js";

/**
 * Any use of an [issued card](https://stripe.com/docs/issuing) that results in funds entering or leaving
 * your Stripe account, such as a completed purchase or refund, is represented by an Issuing
 * `Transaction` object.
 *
 * Related guide: [Issued card transactions](https://stripe.com/docs/issuing/purchases/transactions)
 *
 * @schema `issuing.transaction`
 */
export type IssuingTransaction = {
  /** The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount: number;
  /** Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount_details?: IssuingTransactionAmountDetails | null;
  /**
   * The `Authorization` object that led to this transaction.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  authorization?: string | IssuingAuthorization | null;
  /**
   * ID of the [balance transaction](https://stripe.com/docs/api/balance_transactions) associated with this transaction.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  balance_transaction?: string | BalanceTransaction | null;
  /**
   * The card used to make this transaction.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  card: string | IssuingCard;
  /**
   * The cardholder to whom this transaction belongs.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  cardholder?: string | IssuingCardholder | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * If you've disputed the transaction, the ID of the dispute.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  dispute?: string | IssuingDispute | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency. */
  merchant_amount: number;
  /** The currency with which the merchant is taking payment. */
  merchant_currency: string;
  merchant_data: IssuingAuthorizationMerchantData;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.transaction";
  /** Additional purchase information that is optionally provided by the merchant. */
  purchase_details?: IssuingTransactionPurchaseDetails | null;
  /** [Treasury](https://stripe.com/docs/api/treasury) details related to this transaction if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts */
  treasury?: IssuingTransactionTreasury | null;
  /** The nature of the transaction. */
  type: "capture" | "refund" | (string & {});
  /** The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. */
  wallet?: "apple_pay" | "google_pay" | "samsung_pay" | null;
};
