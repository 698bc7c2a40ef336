import type { CardMandatePaymentMethodDetails } from "./card_mandate_payment_method_details.js";
import type { MandateAcssDebit } from "./mandate_acss_debit.js";
import type { MandateAuBecsDebit } from "./mandate_au_becs_debit.js";
import type { MandateBacsDebit } from "./mandate_bacs_debit.js";
import type { MandateCashapp } from "./mandate_cashapp.js";
import type { MandateLink } from "./mandate_link.js";
import type { MandatePaypal } from "./mandate_paypal.js";
import type { MandateSepaDebit } from "./mandate_sepa_debit.js";
import type { MandateUsBankAccount } from "./mandate_us_bank_account.js";

/** @schema `mandate_payment_method_details` */
export type MandatePaymentMethodDetails = {
  acss_debit?: MandateAcssDebit;
  au_becs_debit?: MandateAuBecsDebit;
  bacs_debit?: MandateBacsDebit;
  card?: CardMandatePaymentMethodDetails;
  cashapp?: MandateCashapp;
  link?: MandateLink;
  paypal?: MandatePaypal;
  sepa_debit?: MandateSepaDebit;
  /**
   * The type of the payment method associated with this mandate. An additional hash is included on `payment_method_details` with a name matching this value. It contains mandate information specific to the payment method.
   *
   * @maxLength 5000
   */
  type: string;
  us_bank_account?: MandateUsBankAccount;
};
