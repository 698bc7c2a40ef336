/** @schema `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_jp_bank_transfer` */
export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceJpBankTransfer =
  {
    /**
     * The name of the bank of the sender of the funding.
     *
     * @maxLength 5000
     */
    sender_bank?: string | null;
    /**
     * The name of the bank branch of the sender of the funding.
     *
     * @maxLength 5000
     */
    sender_branch?: string | null;
    /**
     * The full name of the sender, as supplied by the sending bank.
     *
     * @maxLength 5000
     */
    sender_name?: string | null;
  };
