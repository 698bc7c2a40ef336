/** @schema `payment_links_resource_custom_text_position` */
export type PaymentLinksResourceCustomTextPosition = {
  /**
   * Text may be up to 1000 characters in length.
   *
   * @maxLength 500
   */
  message: string;
};
