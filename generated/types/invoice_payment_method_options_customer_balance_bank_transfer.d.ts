import type { InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer } from "./invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer.js";

/** @schema `invoice_payment_method_options_customer_balance_bank_transfer` */
export type InvoicePaymentMethodOptionsCustomerBalanceBankTransfer = {
  eu_bank_transfer?: InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer;
  /** The bank transfer type that can be used for funding. Permitted values include: `eu_bank_transfer`, `gb_bank_transfer`, `jp_bank_transfer`, `mx_bank_transfer`, or `us_bank_transfer`. */
  type?: string | null;
};
