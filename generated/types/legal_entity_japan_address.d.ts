/** @schema `legal_entity_japan_address` */
export type LegalEntityJapanAddress = {
  /**
   * City/Ward.
   *
   * @maxLength 5000
   */
  city?: string | null;
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * Block/Building number.
   *
   * @maxLength 5000
   */
  line1?: string | null;
  /**
   * Building details.
   *
   * @maxLength 5000
   */
  line2?: string | null;
  /**
   * ZIP or postal code.
   *
   * @maxLength 5000
   */
  postal_code?: string | null;
  /**
   * Prefecture.
   *
   * @maxLength 5000
   */
  state?: string | null;
  /**
   * Town/cho-me.
   *
   * @maxLength 5000
   */
  town?: string | null;
};
