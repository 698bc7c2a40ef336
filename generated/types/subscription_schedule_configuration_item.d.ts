import type { DeletedPrice } from "./deleted_price.js";
import type { Price } from "./price.js";
import type { SubscriptionItemBillingThresholds } from "./subscription_item_billing_thresholds.js";
import type { TaxRate } from "./tax_rate.js";

/**
 * A phase item describes the price and quantity of a phase.
 *
 * @schema `subscription_schedule_configuration_item`
 */
export type SubscriptionScheduleConfigurationItem = {
  /** Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period */
  billing_thresholds?: SubscriptionItemBillingThresholds | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an item. Metadata on this item will update the underlying subscription item's `metadata` when the phase is entered. */
  metadata?: { [key: string]: string } | null;
  /**
   * ID of the price to which the customer should be subscribed.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  price: string | Price | DeletedPrice;
  /** Quantity of the plan to which the customer should be subscribed. */
  quantity?: number;
  /** The tax rates which apply to this `phase_item`. When set, the `default_tax_rates` on the phase do not apply to this `phase_item`. */
  tax_rates?: TaxRate[] | null;
};
