/** @schema `issuing_dispute_treasury` */
export type IssuingDisputeTreasury = {
  /**
   * The Treasury [DebitReversal](https://stripe.com/docs/api/treasury/debit_reversals) representing this Issuing dispute
   *
   * @maxLength 5000
   */
  debit_reversal?: string | null;
  /**
   * The Treasury [ReceivedDebit](https://stripe.com/docs/api/treasury/received_debits) that is being disputed.
   *
   * @maxLength 5000
   */
  received_debit: string;
};
