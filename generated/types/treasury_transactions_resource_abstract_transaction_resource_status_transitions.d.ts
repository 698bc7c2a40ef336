/** @schema `treasury_transactions_resource_abstract_transaction_resource_status_transitions` */
export type TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions =
  {
    /**
     * Timestamp describing when the Transaction changed status to `posted`.
     *
     * @format unix-time
     */
    posted_at?: number | null;
    /**
     * Timestamp describing when the Transaction changed status to `void`.
     *
     * @format unix-time
     */
    void_at?: number | null;
  };
