/** @schema `networks` */
export type Networks = {
  /** All available networks for the card. */
  available: string[];
  /**
   * The preferred network for the card.
   *
   * @maxLength 5000
   */
  preferred?: string | null;
};
