/** @schema `paypal_seller_protection` */
export type PaypalSellerProtection = {
  /** An array of conditions that are covered for the transaction, if applicable. */
  dispute_categories?:
    ("fraudulent" | "product_not_received" | (string & {}))[] | null;
  /** Indicates whether the transaction is eligible for PayPal's seller protection. */
  status: "eligible" | "not_eligible" | "partially_eligible";
};
