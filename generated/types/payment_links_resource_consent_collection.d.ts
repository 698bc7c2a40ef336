/** @schema `payment_links_resource_consent_collection` */
export type PaymentLinksResourceConsentCollection = {
  /** If set to `auto`, enables the collection of customer consent for promotional communications. */
  promotions?: "auto" | "none" | null;
  /** If set to `required`, it requires cutomers to accept the terms of service before being able to pay. If set to `none`, customers won't be shown a checkbox to accept the terms of service. */
  terms_of_service?: "none" | "required" | null;
};
