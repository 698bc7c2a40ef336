/** @schema `payment_links_resource_tax_id_collection` */
export type PaymentLinksResourceTaxIdCollection = {
  /** Indicates whether tax ID collection is enabled for the session. */
  enabled: boolean;
};
