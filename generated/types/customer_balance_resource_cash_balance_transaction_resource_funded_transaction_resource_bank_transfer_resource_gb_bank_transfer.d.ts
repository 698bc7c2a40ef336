/** @schema `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_gb_bank_transfer` */
export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceGbBankTransfer =
  {
    /**
     * The last 4 digits of the account number of the sender of the funding.
     *
     * @maxLength 5000
     */
    account_number_last4?: string | null;
    /**
     * The full name of the sender, as supplied by the sending bank.
     *
     * @maxLength 5000
     */
    sender_name?: string | null;
    /**
     * The sort code of the bank of the sender of the funding
     *
     * @maxLength 5000
     */
    sort_code?: string | null;
  };
