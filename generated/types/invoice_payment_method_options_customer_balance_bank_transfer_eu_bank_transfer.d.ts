/** @schema `invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer` */
export type InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer =
  {
    /** The desired country code of the bank account information. Permitted values include: `BE`, `DE`, `ES`, `FR`, `IE`, or `NL`. */
    country: "BE" | "DE" | "ES" | "FR" | "IE" | "NL";
  };
