/** @schema `treasury_outbound_transfers_resource_status_transitions` */
export type TreasuryOutboundTransfersResourceStatusTransitions = {
  /**
   * Timestamp describing when an OutboundTransfer changed status to `canceled`
   *
   * @format unix-time
   */
  canceled_at?: number | null;
  /**
   * Timestamp describing when an OutboundTransfer changed status to `failed`
   *
   * @format unix-time
   */
  failed_at?: number | null;
  /**
   * Timestamp describing when an OutboundTransfer changed status to `posted`
   *
   * @format unix-time
   */
  posted_at?: number | null;
  /**
   * Timestamp describing when an OutboundTransfer changed status to `returned`
   *
   * @format unix-time
   */
  returned_at?: number | null;
};
