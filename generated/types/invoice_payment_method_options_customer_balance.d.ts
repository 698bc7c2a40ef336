import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransfer } from "./invoice_payment_method_options_customer_balance_bank_transfer.js";

/** @schema `invoice_payment_method_options_customer_balance` */
export type InvoicePaymentMethodOptionsCustomerBalance = {
  bank_transfer?: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer;
  /** The funding method type to be used when there are not enough funds in the customer balance. Permitted values include: `bank_transfer`. */
  funding_type?: "bank_transfer" | null;
};
