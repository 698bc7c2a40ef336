/** @schema `treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows` */
export type TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows =
  {
    /**
     * If funds for this flow were returned after the flow went to the `succeeded` state, this field contains a reference to the ReceivedDebit return.
     *
     * @maxLength 5000
     */
    received_debit?: string | null;
  };
