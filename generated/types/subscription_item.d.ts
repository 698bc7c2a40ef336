import type { Price } from "./price.js";
import type { SubscriptionItemBillingThresholds } from "./subscription_item_billing_thresholds.js";
import type { TaxRate } from "./tax_rate.js";

/**
 * Subscription items allow you to create customer subscriptions with more than
 * one plan, making it easy to represent complex billing relationships.
 *
 * @schema `subscription_item`
 */
export type SubscriptionItem = {
  /** Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period */
  billing_thresholds?: SubscriptionItemBillingThresholds | null;
  /** Time at which the object was created. Measured in seconds since the Unix epoch. */
  created: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "subscription_item";
  price: Price;
  /** The [quantity](https://stripe.com/docs/subscriptions/quantities) of the plan to which the customer should be subscribed. */
  quantity?: number;
  /**
   * The `subscription` this `subscription_item` belongs to.
   *
   * @maxLength 5000
   */
  subscription: string;
  /** The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`. */
  tax_rates?: TaxRate[] | null;
};
