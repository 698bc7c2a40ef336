/** @schema `radar_review_resource_location` */
export type RadarReviewResourceLocation = {
  /**
   * The city where the payment originated.
   *
   * @maxLength 5000
   */
  city?: string | null;
  /**
   * Two-letter ISO code representing the country where the payment originated.
   *
   * @maxLength 5000
   */
  country?: string | null;
  /** The geographic latitude where the payment originated. */
  latitude?: number | null;
  /** The geographic longitude where the payment originated. */
  longitude?: number | null;
  /**
   * The state/county/province/region where the payment originated.
   *
   * @maxLength 5000
   */
  region?: string | null;
};
