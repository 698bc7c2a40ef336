/** @schema `issuing_authorization_merchant_data` */
export type IssuingAuthorizationMerchantData = {
  /**
   * A categorization of the seller's type of business. See our [merchant categories guide](https://stripe.com/docs/issuing/merchant-categories) for a list of possible values.
   *
   * @maxLength 5000
   */
  category: string;
  /**
   * The merchant category code for the seller’s business
   *
   * @maxLength 5000
   */
  category_code: string;
  /**
   * City where the seller is located
   *
   * @maxLength 5000
   */
  city?: string | null;
  /**
   * Country where the seller is located
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * Name of the seller
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * Identifier assigned to the seller by the card network. Different card networks may assign different network_id fields to the same merchant.
   *
   * @maxLength 5000
   */
  network_id: string;
  /**
   * Postal code where the seller is located
   *
   * @maxLength 5000
   */
  postal_code?: string | null;
  /**
   * State where the seller is located
   *
   * @maxLength 5000
   */
  state?: string | null;
  /**
   * An ID assigned by the seller to the location of the sale.
   *
   * @maxLength 5000
   */
  terminal_id?: string | null;
};
