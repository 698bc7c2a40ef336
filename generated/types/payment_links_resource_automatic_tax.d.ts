/** @schema `payment_links_resource_automatic_tax` */
export type PaymentLinksResourceAutomaticTax = {
  /** If `true`, tax will be calculated automatically using the customer's location. */
  enabled: boolean;
};
