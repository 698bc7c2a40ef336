/** @schema `payment_links_resource_automatic_tax` */
export interface PaymentLinksResourceAutomaticTax {
  /** If `true`, tax will be calculated automatically using the customer's location. */
  enabled: boolean;
}
