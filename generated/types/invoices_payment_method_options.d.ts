import type { InvoicePaymentMethodOptionsAcssDebit } from "./invoice_payment_method_options_acss_debit.js";
import type { InvoicePaymentMethodOptionsBancontact } from "./invoice_payment_method_options_bancontact.js";
import type { InvoicePaymentMethodOptionsCard } from "./invoice_payment_method_options_card.js";
import type { InvoicePaymentMethodOptionsCustomerBalance } from "./invoice_payment_method_options_customer_balance.js";
import type { InvoicePaymentMethodOptionsKonbini } from "./invoice_payment_method_options_konbini.js";
import type { InvoicePaymentMethodOptionsUsBankAccount } from "./invoice_payment_method_options_us_bank_account.js";

/** @schema `invoices_payment_method_options` */
export type InvoicesPaymentMethodOptions = {
  /** If paying by `acss_debit`, this sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to the invoice’s PaymentIntent. */
  acss_debit?: InvoicePaymentMethodOptionsAcssDebit | null;
  /** If paying by `bancontact`, this sub-hash contains details about the Bancontact payment method options to pass to the invoice’s PaymentIntent. */
  bancontact?: InvoicePaymentMethodOptionsBancontact | null;
  /** If paying by `card`, this sub-hash contains details about the Card payment method options to pass to the invoice’s PaymentIntent. */
  card?: InvoicePaymentMethodOptionsCard | null;
  /** If paying by `customer_balance`, this sub-hash contains details about the Bank transfer payment method options to pass to the invoice’s PaymentIntent. */
  customer_balance?: InvoicePaymentMethodOptionsCustomerBalance | null;
  /** If paying by `konbini`, this sub-hash contains details about the Konbini payment method options to pass to the invoice’s PaymentIntent. */
  konbini?: InvoicePaymentMethodOptionsKonbini | null;
  /** If paying by `us_bank_account`, this sub-hash contains details about the ACH direct debit payment method options to pass to the invoice’s PaymentIntent. */
  us_bank_account?: InvoicePaymentMethodOptionsUsBankAccount | null;
};
