import type { PaymentFlowsPrivatePaymentMethodsAlipayDetails } from "./payment_flows_private_payment_methods_alipay_details.js";
import type { PaymentMethodDetailsAchCreditTransfer } from "./payment_method_details_ach_credit_transfer.js";
import type { PaymentMethodDetailsAchDebit } from "./payment_method_details_ach_debit.js";
import type { PaymentMethodDetailsAcssDebit } from "./payment_method_details_acss_debit.js";
import type { PaymentMethodDetailsAffirm } from "./payment_method_details_affirm.js";
import type { PaymentMethodDetailsAfterpayClearpay } from "./payment_method_details_afterpay_clearpay.js";
import type { PaymentMethodDetailsAuBecsDebit } from "./payment_method_details_au_becs_debit.js";
import type { PaymentMethodDetailsBacsDebit } from "./payment_method_details_bacs_debit.js";
import type { PaymentMethodDetailsBancontact } from "./payment_method_details_bancontact.js";
import type { PaymentMethodDetailsBlik } from "./payment_method_details_blik.js";
import type { PaymentMethodDetailsBoleto } from "./payment_method_details_boleto.js";
import type { PaymentMethodDetailsCard } from "./payment_method_details_card.js";
import type { PaymentMethodDetailsCardPresent } from "./payment_method_details_card_present.js";
import type { PaymentMethodDetailsCashapp } from "./payment_method_details_cashapp.js";
import type { PaymentMethodDetailsCustomerBalance } from "./payment_method_details_customer_balance.js";
import type { PaymentMethodDetailsEps } from "./payment_method_details_eps.js";
import type { PaymentMethodDetailsFpx } from "./payment_method_details_fpx.js";
import type { PaymentMethodDetailsGiropay } from "./payment_method_details_giropay.js";
import type { PaymentMethodDetailsGrabpay } from "./payment_method_details_grabpay.js";
import type { PaymentMethodDetailsIdeal } from "./payment_method_details_ideal.js";
import type { PaymentMethodDetailsInteracPresent } from "./payment_method_details_interac_present.js";
import type { PaymentMethodDetailsKlarna } from "./payment_method_details_klarna.js";
import type { PaymentMethodDetailsKonbini } from "./payment_method_details_konbini.js";
import type { PaymentMethodDetailsLink } from "./payment_method_details_link.js";
import type { PaymentMethodDetailsMultibanco } from "./payment_method_details_multibanco.js";
import type { PaymentMethodDetailsOxxo } from "./payment_method_details_oxxo.js";
import type { PaymentMethodDetailsP24 } from "./payment_method_details_p24.js";
import type { PaymentMethodDetailsPaynow } from "./payment_method_details_paynow.js";
import type { PaymentMethodDetailsPaypal } from "./payment_method_details_paypal.js";
import type { PaymentMethodDetailsPix } from "./payment_method_details_pix.js";
import type { PaymentMethodDetailsPromptpay } from "./payment_method_details_promptpay.js";
import type { PaymentMethodDetailsSepaDebit } from "./payment_method_details_sepa_debit.js";
import type { PaymentMethodDetailsSofort } from "./payment_method_details_sofort.js";
import type { PaymentMethodDetailsStripeAccount } from "./payment_method_details_stripe_account.js";
import type { PaymentMethodDetailsUsBankAccount } from "./payment_method_details_us_bank_account.js";
import type { PaymentMethodDetailsWechat } from "./payment_method_details_wechat.js";
import type { PaymentMethodDetailsWechatPay } from "./payment_method_details_wechat_pay.js";
import type { PaymentMethodDetailsZip } from "./payment_method_details_zip.js";

/** @schema `payment_method_details` */
export type PaymentMethodDetails = {
  ach_credit_transfer?: PaymentMethodDetailsAchCreditTransfer;
  ach_debit?: PaymentMethodDetailsAchDebit;
  acss_debit?: PaymentMethodDetailsAcssDebit;
  affirm?: PaymentMethodDetailsAffirm;
  afterpay_clearpay?: PaymentMethodDetailsAfterpayClearpay;
  alipay?: PaymentFlowsPrivatePaymentMethodsAlipayDetails;
  au_becs_debit?: PaymentMethodDetailsAuBecsDebit;
  bacs_debit?: PaymentMethodDetailsBacsDebit;
  bancontact?: PaymentMethodDetailsBancontact;
  blik?: PaymentMethodDetailsBlik;
  boleto?: PaymentMethodDetailsBoleto;
  card?: PaymentMethodDetailsCard;
  card_present?: PaymentMethodDetailsCardPresent;
  cashapp?: PaymentMethodDetailsCashapp;
  customer_balance?: PaymentMethodDetailsCustomerBalance;
  eps?: PaymentMethodDetailsEps;
  fpx?: PaymentMethodDetailsFpx;
  giropay?: PaymentMethodDetailsGiropay;
  grabpay?: PaymentMethodDetailsGrabpay;
  ideal?: PaymentMethodDetailsIdeal;
  interac_present?: PaymentMethodDetailsInteracPresent;
  klarna?: PaymentMethodDetailsKlarna;
  konbini?: PaymentMethodDetailsKonbini;
  link?: PaymentMethodDetailsLink;
  multibanco?: PaymentMethodDetailsMultibanco;
  oxxo?: PaymentMethodDetailsOxxo;
  p24?: PaymentMethodDetailsP24;
  paynow?: PaymentMethodDetailsPaynow;
  paypal?: PaymentMethodDetailsPaypal;
  pix?: PaymentMethodDetailsPix;
  promptpay?: PaymentMethodDetailsPromptpay;
  sepa_debit?: PaymentMethodDetailsSepaDebit;
  sofort?: PaymentMethodDetailsSofort;
  stripe_account?: PaymentMethodDetailsStripeAccount;
  /**
   * The type of transaction-specific details of the payment method used in the payment, one of `ach_credit_transfer`, `ach_debit`, `acss_debit`, `alipay`, `au_becs_debit`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `klarna`, `multibanco`, `p24`, `sepa_debit`, `sofort`, `stripe_account`, or `wechat`.
   * An additional hash is included on `payment_method_details` with a name matching this value.
   * It contains information specific to the payment method.
   *
   * @maxLength 5000
   */
  type: string;
  us_bank_account?: PaymentMethodDetailsUsBankAccount;
  wechat?: PaymentMethodDetailsWechat;
  wechat_pay?: PaymentMethodDetailsWechatPay;
  zip?: PaymentMethodDetailsZip;
};
