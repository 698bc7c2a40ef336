import type { BillingDetails } from "./billing_details.js";
import type { Customer } from "./customer.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipay } from "./payment_flows_private_payment_methods_alipay.js";
import type { PaymentMethodAcssDebit } from "./payment_method_acss_debit.js";
import type { PaymentMethodAffirm } from "./payment_method_affirm.js";
import type { PaymentMethodAfterpayClearpay } from "./payment_method_afterpay_clearpay.js";
import type { PaymentMethodAuBecsDebit } from "./payment_method_au_becs_debit.js";
import type { PaymentMethodBacsDebit } from "./payment_method_bacs_debit.js";
import type { PaymentMethodBancontact } from "./payment_method_bancontact.js";
import type { PaymentMethodBlik } from "./payment_method_blik.js";
import type { PaymentMethodBoleto } from "./payment_method_boleto.js";
import type { PaymentMethodCard } from "./payment_method_card.js";
import type { PaymentMethodCardPresent } from "./payment_method_card_present.js";
import type { PaymentMethodCashapp } from "./payment_method_cashapp.js";
import type { PaymentMethodCustomerBalance } from "./payment_method_customer_balance.js";
import type { PaymentMethodEps } from "./payment_method_eps.js";
import type { PaymentMethodFpx } from "./payment_method_fpx.js";
import type { PaymentMethodGiropay } from "./payment_method_giropay.js";
import type { PaymentMethodGrabpay } from "./payment_method_grabpay.js";
import type { PaymentMethodIdeal } from "./payment_method_ideal.js";
import type { PaymentMethodInteracPresent } from "./payment_method_interac_present.js";
import type { PaymentMethodKlarna } from "./payment_method_klarna.js";
import type { PaymentMethodKonbini } from "./payment_method_konbini.js";
import type { PaymentMethodLink } from "./payment_method_link.js";
import type { PaymentMethodOxxo } from "./payment_method_oxxo.js";
import type { PaymentMethodP24 } from "./payment_method_p24.js";
import type { PaymentMethodPaynow } from "./payment_method_paynow.js";
import type { PaymentMethodPaypal } from "./payment_method_paypal.js";
import type { PaymentMethodPix } from "./payment_method_pix.js";
import type { PaymentMethodPromptpay } from "./payment_method_promptpay.js";
import type { PaymentMethodSepaDebit } from "./payment_method_sepa_debit.js";
import type { PaymentMethodSofort } from "./payment_method_sofort.js";
import type { PaymentMethodUsBankAccount } from "./payment_method_us_bank_account.js";
import type { PaymentMethodWechatPay } from "./payment_method_wechat_pay.js";
import type { PaymentMethodZip } from "./payment_method_zip.js";
import type { RadarRadarOptions } from "./radar_radar_options.js";

/**
 * PaymentMethod objects represent your customer's payment instruments.
 * You can use them with [PaymentIntents](https://stripe.com/docs/payments/payment-intents) to collect payments or save them to
 * Customer objects to store instrument details for future payments.
 *
 * Related guides: [Payment Methods](https://stripe.com/docs/payments/payment-methods) and [More Payment Scenarios](https://stripe.com/docs/payments/more-payment-scenarios).
 *
 * @schema `payment_method`
 */
export type PaymentMethod = {
  acss_debit?: PaymentMethodAcssDebit;
  affirm?: PaymentMethodAffirm;
  afterpay_clearpay?: PaymentMethodAfterpayClearpay;
  alipay?: PaymentFlowsPrivatePaymentMethodsAlipay;
  au_becs_debit?: PaymentMethodAuBecsDebit;
  bacs_debit?: PaymentMethodBacsDebit;
  bancontact?: PaymentMethodBancontact;
  billing_details: BillingDetails;
  blik?: PaymentMethodBlik;
  boleto?: PaymentMethodBoleto;
  card?: PaymentMethodCard;
  card_present?: PaymentMethodCardPresent;
  cashapp?: PaymentMethodCashapp;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The ID of the Customer to which this PaymentMethod is saved. This will not be set when the PaymentMethod has not been saved to a Customer.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | null;
  customer_balance?: PaymentMethodCustomerBalance;
  eps?: PaymentMethodEps;
  fpx?: PaymentMethodFpx;
  giropay?: PaymentMethodGiropay;
  grabpay?: PaymentMethodGrabpay;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  ideal?: PaymentMethodIdeal;
  interac_present?: PaymentMethodInteracPresent;
  klarna?: PaymentMethodKlarna;
  konbini?: PaymentMethodKonbini;
  link?: PaymentMethodLink;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "payment_method";
  oxxo?: PaymentMethodOxxo;
  p24?: PaymentMethodP24;
  paynow?: PaymentMethodPaynow;
  paypal?: PaymentMethodPaypal;
  pix?: PaymentMethodPix;
  promptpay?: PaymentMethodPromptpay;
  radar_options?: RadarRadarOptions;
  sepa_debit?: PaymentMethodSepaDebit;
  sofort?: PaymentMethodSofort;
  /** The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type. */
  type:
    | "acss_debit"
    | "affirm"
    | "afterpay_clearpay"
    | "alipay"
    | "au_becs_debit"
    | "bacs_debit"
    | "bancontact"
    | "blik"
    | "boleto"
    | "card"
    | "card_present"
    | "cashapp"
    | "customer_balance"
    | "eps"
    | "fpx"
    | "giropay"
    | "grabpay"
    | "ideal"
    | "interac_present"
    | "klarna"
    | "konbini"
    | "link"
    | "oxxo"
    | "p24"
    | "paynow"
    | "paypal"
    | "pix"
    | "promptpay"
    | "sepa_debit"
    | "sofort"
    | "us_bank_account"
    | "wechat_pay"
    | "zip"
    | (string & {});
  us_bank_account?: PaymentMethodUsBankAccount;
  wechat_pay?: PaymentMethodWechatPay;
  zip?: PaymentMethodZip;
};
