/** @schema `portal_flows_subscription_update_confirm_item` */
export type PortalFlowsSubscriptionUpdateConfirmItem = {
  /**
   * The ID of the [subscription item](https://stripe.com/docs/api/subscriptions/object#subscription_object-items-data-id) to be updated.
   *
   * @maxLength 5000
   */
  id?: string | null;
  /**
   * The price the customer should subscribe to through this flow. The price must also be included in the configuration's [`features.subscription_update.products`](docs/api/customer_portal/configuration#portal_configuration_object-features-subscription_update-products).
   *
   * @maxLength 5000
   */
  price?: string | null;
  /** [Quantity](https://stripe.com/docs/subscriptions/quantities) for this item that the customer should subscribe to through this flow. */
  quantity?: number;
};
