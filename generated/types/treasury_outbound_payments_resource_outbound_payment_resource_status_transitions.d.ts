/** @schema `treasury_outbound_payments_resource_outbound_payment_resource_status_transitions` */
export type TreasuryOutboundPaymentsResourceOutboundPaymentResourceStatusTransitions =
  {
    /**
     * Timestamp describing when an OutboundPayment changed status to `canceled`.
     *
     * @format unix-time
     */
    canceled_at?: number | null;
    /**
     * Timestamp describing when an OutboundPayment changed status to `failed`.
     *
     * @format unix-time
     */
    failed_at?: number | null;
    /**
     * Timestamp describing when an OutboundPayment changed status to `posted`.
     *
     * @format unix-time
     */
    posted_at?: number | null;
    /**
     * Timestamp describing when an OutboundPayment changed status to `returned`.
     *
     * @format unix-time
     */
    returned_at?: number | null;
  };
