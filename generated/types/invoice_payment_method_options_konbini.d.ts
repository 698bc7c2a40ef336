/** @schema `invoice_payment_method_options_konbini` */
export type InvoicePaymentMethodOptionsKonbini = { [key: string]: unknown };
