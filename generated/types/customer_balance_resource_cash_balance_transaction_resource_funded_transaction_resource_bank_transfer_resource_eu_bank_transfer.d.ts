/** @schema `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_eu_bank_transfer` */
export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceEuBankTransfer =
  {
    /**
     * The BIC of the bank of the sender of the funding.
     *
     * @maxLength 5000
     */
    bic?: string | null;
    /**
     * The last 4 digits of the IBAN of the sender of the funding.
     *
     * @maxLength 5000
     */
    iban_last4?: string | null;
    /**
     * The full name of the sender, as supplied by the sending bank.
     *
     * @maxLength 5000
     */
    sender_name?: string | null;
  };
