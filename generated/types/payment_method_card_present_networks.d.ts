/** @schema `payment_method_card_present_networks` */
export type PaymentMethodCardPresentNetworks = {
  /** All available networks for the card. */
  available: string[];
  /**
   * The preferred network for the card.
   *
   * @maxLength 5000
   */
  preferred?: string | null;
};
