/** @schema `invoice_payment_method_options_acss_debit_mandate_options` */
export type InvoicePaymentMethodOptionsAcssDebitMandateOptions = {
  /** Transaction type of the mandate. */
  transaction_type?: "business" | "personal" | null;
};
