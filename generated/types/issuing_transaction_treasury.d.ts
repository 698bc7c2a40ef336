/** @schema `issuing_transaction_treasury` */
export type IssuingTransactionTreasury = {
  /**
   * The Treasury [ReceivedCredit](https://stripe.com/docs/api/treasury/received_credits) representing this Issuing transaction if it is a refund
   *
   * @maxLength 5000
   */
  received_credit?: string | null;
  /**
   * The Treasury [ReceivedDebit](https://stripe.com/docs/api/treasury/received_debits) representing this Issuing transaction if it is a capture
   *
   * @maxLength 5000
   */
  received_debit?: string | null;
};
