/** @schema `issuing_authorization_treasury` */
export type IssuingAuthorizationTreasury = {
  /** The array of [ReceivedCredits](https://stripe.com/docs/api/treasury/received_credits) associated with this authorization */
  received_credits: string[];
  /** The array of [ReceivedDebits](https://stripe.com/docs/api/treasury/received_debits) associated with this authorization */
  received_debits: string[];
  /**
   * The Treasury [Transaction](https://stripe.com/docs/api/treasury/transactions) associated with this authorization
   *
   * @maxLength 5000
   */
  transaction?: string | null;
};
