/** @schema `portal_subscription_update_product` */
export type PortalSubscriptionUpdateProduct = {
  /** The list of price IDs which, when subscribed to, a subscription can be updated. */
  prices: string[];
  /**
   * The product ID.
   *
   * @maxLength 5000
   */
  product: string;
};
