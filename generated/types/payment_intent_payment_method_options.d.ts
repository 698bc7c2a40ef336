import type { PaymentIntentPaymentMethodOptionsAcssDebit } from "./payment_intent_payment_method_options_acss_debit.js";
import type { PaymentIntentPaymentMethodOptionsAuBecsDebit } from "./payment_intent_payment_method_options_au_becs_debit.js";
import type { PaymentIntentPaymentMethodOptionsBlik } from "./payment_intent_payment_method_options_blik.js";
import type { PaymentIntentPaymentMethodOptionsCard } from "./payment_intent_payment_method_options_card.js";
import type { PaymentIntentPaymentMethodOptionsEps } from "./payment_intent_payment_method_options_eps.js";
import type { PaymentIntentPaymentMethodOptionsLink } from "./payment_intent_payment_method_options_link.js";
import type { PaymentIntentPaymentMethodOptionsSepaDebit } from "./payment_intent_payment_method_options_sepa_debit.js";
import type { PaymentIntentPaymentMethodOptionsUsBankAccount } from "./payment_intent_payment_method_options_us_bank_account.js";
import type { PaymentIntentTypeSpecificPaymentMethodOptionsClient } from "./payment_intent_type_specific_payment_method_options_client.js";
import type { PaymentMethodOptionsAffirm } from "./payment_method_options_affirm.js";
import type { PaymentMethodOptionsAfterpayClearpay } from "./payment_method_options_afterpay_clearpay.js";
import type { PaymentMethodOptionsAlipay } from "./payment_method_options_alipay.js";
import type { PaymentMethodOptionsBacsDebit } from "./payment_method_options_bacs_debit.js";
import type { PaymentMethodOptionsBancontact } from "./payment_method_options_bancontact.js";
import type { PaymentMethodOptionsBoleto } from "./payment_method_options_boleto.js";
import type { PaymentMethodOptionsCardPresent } from "./payment_method_options_card_present.js";
import type { PaymentMethodOptionsCashapp } from "./payment_method_options_cashapp.js";
import type { PaymentMethodOptionsCustomerBalance } from "./payment_method_options_customer_balance.js";
import type { PaymentMethodOptionsFpx } from "./payment_method_options_fpx.js";
import type { PaymentMethodOptionsGiropay } from "./payment_method_options_giropay.js";
import type { PaymentMethodOptionsGrabpay } from "./payment_method_options_grabpay.js";
import type { PaymentMethodOptionsIdeal } from "./payment_method_options_ideal.js";
import type { PaymentMethodOptionsInteracPresent } from "./payment_method_options_interac_present.js";
import type { PaymentMethodOptionsKlarna } from "./payment_method_options_klarna.js";
import type { PaymentMethodOptionsKonbini } from "./payment_method_options_konbini.js";
import type { PaymentMethodOptionsOxxo } from "./payment_method_options_oxxo.js";
import type { PaymentMethodOptionsP24 } from "./payment_method_options_p24.js";
import type { PaymentMethodOptionsPaynow } from "./payment_method_options_paynow.js";
import type { PaymentMethodOptionsPaypal } from "./payment_method_options_paypal.js";
import type { PaymentMethodOptionsPix } from "./payment_method_options_pix.js";
import type { PaymentMethodOptionsPromptpay } from "./payment_method_options_promptpay.js";
import type { PaymentMethodOptionsSofort } from "./payment_method_options_sofort.js";
import type { PaymentMethodOptionsWechatPay } from "./payment_method_options_wechat_pay.js";
import type { PaymentMethodOptionsZip } from "./payment_method_options_zip.js";

/** @schema `payment_intent_payment_method_options` */
export type PaymentIntentPaymentMethodOptions = {
  acss_debit?:
    | PaymentIntentPaymentMethodOptionsAcssDebit
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  affirm?:
    | PaymentMethodOptionsAffirm
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  afterpay_clearpay?:
    | PaymentMethodOptionsAfterpayClearpay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  alipay?:
    | PaymentMethodOptionsAlipay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  au_becs_debit?:
    | PaymentIntentPaymentMethodOptionsAuBecsDebit
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  bacs_debit?:
    | PaymentMethodOptionsBacsDebit
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  bancontact?:
    | PaymentMethodOptionsBancontact
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  blik?:
    | PaymentIntentPaymentMethodOptionsBlik
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  boleto?:
    | PaymentMethodOptionsBoleto
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  card?:
    | PaymentIntentPaymentMethodOptionsCard
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  card_present?:
    | PaymentMethodOptionsCardPresent
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  cashapp?:
    | PaymentMethodOptionsCashapp
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  customer_balance?:
    | PaymentMethodOptionsCustomerBalance
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  eps?:
    | PaymentIntentPaymentMethodOptionsEps
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  fpx?:
    | PaymentMethodOptionsFpx
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  giropay?:
    | PaymentMethodOptionsGiropay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  grabpay?:
    | PaymentMethodOptionsGrabpay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  ideal?:
    | PaymentMethodOptionsIdeal
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  interac_present?:
    | PaymentMethodOptionsInteracPresent
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  klarna?:
    | PaymentMethodOptionsKlarna
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  konbini?:
    | PaymentMethodOptionsKonbini
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  link?:
    | PaymentIntentPaymentMethodOptionsLink
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  oxxo?:
    | PaymentMethodOptionsOxxo
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  p24?:
    | PaymentMethodOptionsP24
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  paynow?:
    | PaymentMethodOptionsPaynow
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  paypal?:
    | PaymentMethodOptionsPaypal
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  pix?:
    | PaymentMethodOptionsPix
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  promptpay?:
    | PaymentMethodOptionsPromptpay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  sepa_debit?:
    | PaymentIntentPaymentMethodOptionsSepaDebit
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  sofort?:
    | PaymentMethodOptionsSofort
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  us_bank_account?:
    | PaymentIntentPaymentMethodOptionsUsBankAccount
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  wechat_pay?:
    | PaymentMethodOptionsWechatPay
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
  zip?:
    | PaymentMethodOptionsZip
    | PaymentIntentTypeSpecificPaymentMethodOptionsClient;
};
