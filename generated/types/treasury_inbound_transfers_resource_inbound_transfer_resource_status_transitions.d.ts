/** @schema `treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions` */
export type TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions =
  {
    /**
     * Timestamp describing when an InboundTransfer changed status to `canceled`.
     *
     * @format unix-time
     */
    canceled_at?: number | null;
    /**
     * Timestamp describing when an InboundTransfer changed status to `failed`.
     *
     * @format unix-time
     */
    failed_at?: number | null;
    /**
     * Timestamp describing when an InboundTransfer changed status to `succeeded`.
     *
     * @format unix-time
     */
    succeeded_at?: number | null;
  };
