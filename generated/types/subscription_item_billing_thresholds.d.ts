/** @schema `subscription_item_billing_thresholds` */
export type SubscriptionItemBillingThresholds = {
  /** Usage threshold that triggers the subscription to create an invoice */
  usage_gte?: number | null;
};
