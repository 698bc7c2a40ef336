import type { SourceCodeVerificationFlow } from "./source_code_verification_flow.js";
import type { SourceOrder } from "./source_order.js";
import type { SourceOwner } from "./source_owner.js";
import type { SourceReceiverFlow } from "./source_receiver_flow.js";
import type { SourceRedirectFlow } from "./source_redirect_flow.js";
import type { SourceTypeAchCreditTransfer } from "./source_type_ach_credit_transfer.js";
import type { SourceTypeAchDebit } from "./source_type_ach_debit.js";
import type { SourceTypeAcssDebit } from "./source_type_acss_debit.js";
import type { SourceTypeAlipay } from "./source_type_alipay.js";
import type { SourceTypeAuBecsDebit } from "./source_type_au_becs_debit.js";
import type { SourceTypeBancontact } from "./source_type_bancontact.js";
import type { SourceTypeCard } from "./source_type_card.js";
import type { SourceTypeCardPresent } from "./source_type_card_present.js";
import type { SourceTypeEps } from "./source_type_eps.js";
import type { SourceTypeGiropay } from "./source_type_giropay.js";
import type { SourceTypeIdeal } from "./source_type_ideal.js";
import type { SourceTypeKlarna } from "./source_type_klarna.js";
import type { SourceTypeMultibanco } from "./source_type_multibanco.js";
import type { SourceTypeP24 } from "./source_type_p24.js";
import type { SourceTypeSepaDebit } from "./source_type_sepa_debit.js";
import type { SourceTypeSofort } from "./source_type_sofort.js";
import type { SourceTypeThreeDSecure } from "./source_type_three_d_secure.js";
import type { SourceTypeWechat } from "./source_type_wechat.js";

/**
 * `Source` objects allow you to accept a variety of payment methods. They
 * represent a customer's payment instrument, and can be used with the Stripe API
 * just like a `Card` object: once chargeable, they can be charged, or can be
 * attached to customers.
 *
 * Stripe doesn't recommend using the deprecated [Sources API](https://stripe.com/docs/api/sources).
 * We recommend that you adopt the [PaymentMethods API](https://stripe.com/docs/api/payment_methods).
 * This newer API provides access to our latest features and payment method types.
 *
 * Related guides: [Sources API](https://stripe.com/docs/sources) and [Sources & Customers](https://stripe.com/docs/sources/customers).
 *
 * @schema `source`
 */
export type Source = {
  ach_credit_transfer?: SourceTypeAchCreditTransfer;
  ach_debit?: SourceTypeAchDebit;
  acss_debit?: SourceTypeAcssDebit;
  alipay?: SourceTypeAlipay;
  /** A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the total amount associated with the source. This is the amount for which the source will be chargeable once ready. Required for `single_use` sources. */
  amount?: number | null;
  au_becs_debit?: SourceTypeAuBecsDebit;
  bancontact?: SourceTypeBancontact;
  card?: SourceTypeCard;
  card_present?: SourceTypeCardPresent;
  /**
   * The client secret of the source. Used for client-side retrieval using a publishable key.
   *
   * @maxLength 5000
   */
  client_secret: string;
  code_verification?: SourceCodeVerificationFlow;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO code for the currency](https://stripe.com/docs/currencies) associated with the source. This is the currency for which the source will be chargeable once ready. Required for `single_use` sources. */
  currency?: string | null;
  /**
   * The ID of the customer to which this source is attached. This will not be present when the source has not been attached to a customer.
   *
   * @maxLength 5000
   */
  customer?: string;
  eps?: SourceTypeEps;
  /**
   * The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`.
   *
   * @maxLength 5000
   */
  flow: string;
  giropay?: SourceTypeGiropay;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  ideal?: SourceTypeIdeal;
  klarna?: SourceTypeKlarna;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  multibanco?: SourceTypeMultibanco;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "source";
  /** Information about the owner of the payment instrument that may be used or required by particular source types. */
  owner?: SourceOwner | null;
  p24?: SourceTypeP24;
  receiver?: SourceReceiverFlow;
  redirect?: SourceRedirectFlow;
  sepa_debit?: SourceTypeSepaDebit;
  sofort?: SourceTypeSofort;
  source_order?: SourceOrder;
  /**
   * Extra information about a source. This will appear on your customer's statement every time you charge the source.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /**
   * The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge.
   *
   * @maxLength 5000
   */
  status: string;
  three_d_secure?: SourceTypeThreeDSecure;
  /** The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://stripe.com/docs/sources) used. */
  type:
    | "ach_credit_transfer"
    | "ach_debit"
    | "acss_debit"
    | "alipay"
    | "au_becs_debit"
    | "bancontact"
    | "card"
    | "card_present"
    | "eps"
    | "giropay"
    | "ideal"
    | "klarna"
    | "multibanco"
    | "p24"
    | "sepa_debit"
    | "sofort"
    | "three_d_secure"
    | "wechat"
    | (string & {});
  /**
   * Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation. If an incompatible value is passed, an error will be returned.
   *
   * @maxLength 5000
   */
  usage?: string | null;
  wechat?: SourceTypeWechat;
};
