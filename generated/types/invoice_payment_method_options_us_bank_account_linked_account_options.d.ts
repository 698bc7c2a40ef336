/** @schema `invoice_payment_method_options_us_bank_account_linked_account_options` */
export type InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptions = {
  /** The list of permissions to request. The `payment_method` permission must be included. */
  permissions?: (
    "balances" | "payment_method" | "transactions" | (string & {})
  )[];
  /** Data features requested to be retrieved upon account creation. */
  prefetch?: ("balances" | (string & {}))[] | null;
};
