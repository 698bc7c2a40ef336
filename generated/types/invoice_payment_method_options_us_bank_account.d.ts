import type { InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions } from "./invoice_payment_method_options_us_bank_account_linked_account_options.js";

/** @schema `invoice_payment_method_options_us_bank_account` */
export type InvoicePaymentMethodOptionsUsBankAccount = {
  financial_connections?: InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions;
  /** Bank account verification method. */
  verification_method?:
    "automatic" | "instant" | "microdeposits" | (string & {});
};
