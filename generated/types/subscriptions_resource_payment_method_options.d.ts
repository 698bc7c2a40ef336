import type { InvoicePaymentMethodOptionsAcssDebit } from "./invoice_payment_method_options_acss_debit.js";
import type { InvoicePaymentMethodOptionsBancontact } from "./invoice_payment_method_options_bancontact.js";
import type { InvoicePaymentMethodOptionsCustomerBalance } from "./invoice_payment_method_options_customer_balance.js";
import type { InvoicePaymentMethodOptionsKonbini } from "./invoice_payment_method_options_konbini.js";
import type { InvoicePaymentMethodOptionsUsBankAccount } from "./invoice_payment_method_options_us_bank_account.js";
import type { SubscriptionPaymentMethodOptionsCard } from "./subscription_payment_method_options_card.js";

/** @schema `subscriptions_resource_payment_method_options` */
export type SubscriptionsResourcePaymentMethodOptions = {
  /** This sub-hash contains details about the Canadian pre-authorized debit payment method options to pass to invoices created by the subscription. */
  acss_debit?: InvoicePaymentMethodOptionsAcssDebit | null;
  /** This sub-hash contains details about the Bancontact payment method options to pass to invoices created by the subscription. */
  bancontact?: InvoicePaymentMethodOptionsBancontact | null;
  /** This sub-hash contains details about the Card payment method options to pass to invoices created by the subscription. */
  card?: SubscriptionPaymentMethodOptionsCard | null;
  /** This sub-hash contains details about the Bank transfer payment method options to pass to invoices created by the subscription. */
  customer_balance?: InvoicePaymentMethodOptionsCustomerBalance | null;
  /** This sub-hash contains details about the Konbini payment method options to pass to invoices created by the subscription. */
  konbini?: InvoicePaymentMethodOptionsKonbini | null;
  /** This sub-hash contains details about the ACH direct debit payment method options to pass to invoices created by the subscription. */
  us_bank_account?: InvoicePaymentMethodOptionsUsBankAccount | null;
};
