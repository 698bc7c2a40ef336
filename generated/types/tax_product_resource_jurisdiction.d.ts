/** @schema `tax_product_resource_jurisdiction` */
export type TaxProductResourceJurisdiction = {
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   *
   * @maxLength 5000
   */
  country: string;
  /**
   * A human-readable name for the jurisdiction imposing the tax.
   *
   * @maxLength 5000
   */
  display_name: string;
  /** Indicates the level of the jurisdiction imposing the tax. */
  level: "city" | "country" | "county" | "district" | "state";
  /**
   * [ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2:US), without country prefix. For example, "NY" for New York, United States.
   *
   * @maxLength 5000
   */
  state?: string | null;
};
