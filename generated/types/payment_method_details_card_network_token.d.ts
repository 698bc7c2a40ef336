/** @schema `payment_method_details_card_network_token` */
export type PaymentMethodDetailsCardNetworkToken = {
  /** Indicates if Stripe used a network token, either user provided or Stripe managed when processing the transaction. */
  used: boolean;
};
