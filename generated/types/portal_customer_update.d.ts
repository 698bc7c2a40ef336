/** @schema `portal_customer_update` */
export type PortalCustomerUpdate = {
  /** The types of customer updates that are supported. When empty, customers are not updateable. */
  allowed_updates: (
    "address" | "email" | "name" | "phone" | "shipping" | "tax_id"
  )[];
  /** Whether the feature is enabled. */
  enabled: boolean;
};
