import type { PortalSubscriptionUpdateProduct } from "./portal_subscription_update_product.js";

/** @schema `portal_subscription_update` */
export type PortalSubscriptionUpdate = {
  /** The types of subscription updates that are supported for items listed in the `products` attribute. When empty, subscriptions are not updateable. */
  default_allowed_updates: ("price" | "promotion_code" | "quantity")[];
  /** Whether the feature is enabled. */
  enabled: boolean;
  /** The list of products that support subscription updates. */
  products?: PortalSubscriptionUpdateProduct[] | null;
  /** Determines how to handle prorations resulting from subscription updates. Valid values are `none`, `create_prorations`, and `always_invoice`. */
  proration_behavior: "always_invoice" | "create_prorations" | "none";
};
