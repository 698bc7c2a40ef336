import type { InvoicePaymentMethodOptionsAcssDebitMandateOptions } from "./invoice_payment_method_options_acss_debit_mandate_options.js";

/** @schema `invoice_payment_method_options_acss_debit` */
export type InvoicePaymentMethodOptionsAcssDebit = {
  mandate_options?: InvoicePaymentMethodOptionsAcssDebitMandateOptions;
  /** Bank account verification method. */
  verification_method?:
    "automatic" | "instant" | "microdeposits" | (string & {});
};
