/** @schema `invoice_payment_method_options_konbini` */
export interface InvoicePaymentMethodOptionsKonbini {
  [key: string]: unknown;
}
