/** @schema `customer_balance_resource_cash_balance_transaction_resource_funded_transaction_resource_bank_transfer_resource_us_bank_transfer` */
export type CustomerBalanceResourceCashBalanceTransactionResourceFundedTransactionResourceBankTransferResourceUsBankTransfer =
  {
    /** The banking network used for this funding. */
    network?: "ach" | "domestic_wire_us" | "swift";
    /**
     * The full name of the sender, as supplied by the sending bank.
     *
     * @maxLength 5000
     */
    sender_name?: string | null;
  };
