/** @schema `payment_links_resource_phone_number_collection` */
export type PaymentLinksResourcePhoneNumberCollection = {
  /** If `true`, a phone number will be collected during checkout. */
  enabled: boolean;
};
