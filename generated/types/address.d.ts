/** @schema `address` */
export type Address = {
  /**
   * City, district, suburb, town, or village.
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
   * Address line 1 (e.g., street, PO Box, or company name).
   *
   * @maxLength 5000
   */
  line1?: string | null;
  /**
   * Address line 2 (e.g., apartment, suite, unit, or building).
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
   * State, county, province, or region.
   *
   * @maxLength 5000
   */
  state?: string | null;
};
