import type { BalanceTransaction } from "./balance_transaction.js";
import type { IssuingCard } from "./issuing.card.js";
import type { IssuingCardholder } from "./issuing.cardholder.js";
import type { IssuingTransaction } from "./issuing.transaction.js";
import type { IssuingAuthorizationAmountDetails } from "./issuing_authorization_amount_details.js";
import type { IssuingAuthorizationMerchantData } from "./issuing_authorization_merchant_data.js";
import type { IssuingAuthorizationNetworkData } from "./issuing_authorization_network_data.js";
import type { IssuingAuthorizationPendingRequest } from "./issuing_authorization_pending_request.js";
import type { IssuingAuthorizationRequest } from "./issuing_authorization_request.js";
import type { IssuingAuthorizationTreasury } from "./issuing_authorization_treasury.js";
import type { IssuingAuthorizationVerificationData } from "./issuing_authorization_verification_data.js";

/**
 * When an [issued card](https://stripe.com/docs/issuing) is used to make a purchase, an Issuing `Authorization`
 * object is created. [Authorizations](https://stripe.com/docs/issuing/purchases/authorizations) must be approved for the
 * purchase to be completed successfully.
 *
 * Related guide: [Issued card authorizations](https://stripe.com/docs/issuing/purchases/authorizations)
 *
 * @schema `issuing.authorization`
 */
export type IssuingAuthorization = {
  /** The total amount that was authorized or rejected. This amount is in the card's currency and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount: number;
  /** Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount_details?: IssuingAuthorizationAmountDetails | null;
  /** Whether the authorization has been approved. */
  approved: boolean;
  /** How the card details were provided. */
  authorization_method:
    "chip" | "contactless" | "keyed_in" | "online" | "swipe";
  /** List of balance transactions associated with this authorization. */
  balance_transactions: BalanceTransaction[];
  card: IssuingCard;
  /**
   * The cardholder to whom this authorization belongs.
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
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  merchant_amount: number;
  /** The currency that was presented to the cardholder for the authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  merchant_currency: string;
  merchant_data: IssuingAuthorizationMerchantData;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** Details about the authorization, such as identifiers, set by the card network. */
  network_data?: IssuingAuthorizationNetworkData | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.authorization";
  /** The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook. */
  pending_request?: IssuingAuthorizationPendingRequest | null;
  /** History of every time a `pending_request` authorization was approved/declined, either by you directly or by Stripe (e.g. based on your spending_controls). If the merchant changes the authorization by performing an incremental authorization, you can look at this field to see the previous requests for the authorization. This field can be helpful in determining why a given authorization was approved/declined. */
  request_history: IssuingAuthorizationRequest[];
  /** The current status of the authorization in its lifecycle. */
  status: "closed" | "pending" | "reversed";
  /** List of [transactions](https://stripe.com/docs/api/issuing/transactions) associated with this authorization. */
  transactions: IssuingTransaction[];
  /** [Treasury](https://stripe.com/docs/api/treasury) details related to this authorization if it was created on a [FinancialAccount](https://stripe.com/docs/api/treasury/financial_accounts). */
  treasury?: IssuingAuthorizationTreasury | null;
  verification_data: IssuingAuthorizationVerificationData;
  /**
   * The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. Will populate as `null` when no digital wallet was utilized.
   *
   * @maxLength 5000
   */
  wallet?: string | null;
};
