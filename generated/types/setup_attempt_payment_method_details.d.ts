import type { SetupAttemptPaymentMethodDetailsAcssDebit } from "./setup_attempt_payment_method_details_acss_debit.js";
import type { SetupAttemptPaymentMethodDetailsAuBecsDebit } from "./setup_attempt_payment_method_details_au_becs_debit.js";
import type { SetupAttemptPaymentMethodDetailsBacsDebit } from "./setup_attempt_payment_method_details_bacs_debit.js";
import type { SetupAttemptPaymentMethodDetailsBancontact } from "./setup_attempt_payment_method_details_bancontact.js";
import type { SetupAttemptPaymentMethodDetailsBoleto } from "./setup_attempt_payment_method_details_boleto.js";
import type { SetupAttemptPaymentMethodDetailsCard } from "./setup_attempt_payment_method_details_card.js";
import type { SetupAttemptPaymentMethodDetailsCardPresent } from "./setup_attempt_payment_method_details_card_present.js";
import type { SetupAttemptPaymentMethodDetailsCashapp } from "./setup_attempt_payment_method_details_cashapp.js";
import type { SetupAttemptPaymentMethodDetailsIdeal } from "./setup_attempt_payment_method_details_ideal.js";
import type { SetupAttemptPaymentMethodDetailsKlarna } from "./setup_attempt_payment_method_details_klarna.js";
import type { SetupAttemptPaymentMethodDetailsLink } from "./setup_attempt_payment_method_details_link.js";
import type { SetupAttemptPaymentMethodDetailsPaypal } from "./setup_attempt_payment_method_details_paypal.js";
import type { SetupAttemptPaymentMethodDetailsSepaDebit } from "./setup_attempt_payment_method_details_sepa_debit.js";
import type { SetupAttemptPaymentMethodDetailsSofort } from "./setup_attempt_payment_method_details_sofort.js";
import type { SetupAttemptPaymentMethodDetailsUsBankAccount } from "./setup_attempt_payment_method_details_us_bank_account.js";

/** @schema `setup_attempt_payment_method_details` */
export type SetupAttemptPaymentMethodDetails = {
  acss_debit?: SetupAttemptPaymentMethodDetailsAcssDebit;
  au_becs_debit?: SetupAttemptPaymentMethodDetailsAuBecsDebit;
  bacs_debit?: SetupAttemptPaymentMethodDetailsBacsDebit;
  bancontact?: SetupAttemptPaymentMethodDetailsBancontact;
  boleto?: SetupAttemptPaymentMethodDetailsBoleto;
  card?: SetupAttemptPaymentMethodDetailsCard;
  card_present?: SetupAttemptPaymentMethodDetailsCardPresent;
  cashapp?: SetupAttemptPaymentMethodDetailsCashapp;
  ideal?: SetupAttemptPaymentMethodDetailsIdeal;
  klarna?: SetupAttemptPaymentMethodDetailsKlarna;
  link?: SetupAttemptPaymentMethodDetailsLink;
  paypal?: SetupAttemptPaymentMethodDetailsPaypal;
  sepa_debit?: SetupAttemptPaymentMethodDetailsSepaDebit;
  sofort?: SetupAttemptPaymentMethodDetailsSofort;
  /**
   * The type of the payment method used in the SetupIntent (e.g., `card`). An additional hash is included on `payment_method_details` with a name matching this value. It contains confirmation-specific information for the payment method.
   *
   * @maxLength 5000
   */
  type: string;
  us_bank_account?: SetupAttemptPaymentMethodDetailsUsBankAccount;
};
