/** @schema `treasury_received_debits_resource_linked_flows` */
export type TreasuryReceivedDebitsResourceLinkedFlows = {
  /**
   * The DebitReversal created as a result of this ReceivedDebit being reversed.
   *
   * @maxLength 5000
   */
  debit_reversal?: string | null;
  /**
   * Set if the ReceivedDebit is associated with an InboundTransfer's return of funds.
   *
   * @maxLength 5000
   */
  inbound_transfer?: string | null;
  /**
   * Set if the ReceivedDebit was created due to an [Issuing Authorization](https://stripe.com/docs/api#issuing_authorizations) object.
   *
   * @maxLength 5000
   */
  issuing_authorization?: string | null;
  /**
   * Set if the ReceivedDebit is also viewable as an [Issuing Dispute](https://stripe.com/docs/api#issuing_disputes) object.
   *
   * @maxLength 5000
   */
  issuing_transaction?: string | null;
};
