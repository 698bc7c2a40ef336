/** @schema `treasury_received_debits_resource_debit_reversal_linked_flows` */
export type TreasuryReceivedDebitsResourceDebitReversalLinkedFlows = {
  /**
   * Set if there is an Issuing dispute associated with the DebitReversal.
   *
   * @maxLength 5000
   */
  issuing_dispute?: string | null;
};
