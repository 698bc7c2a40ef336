/** @schema `radar_review_resource_session` */
export type RadarReviewResourceSession = {
  /**
   * The browser used in this browser session (e.g., `Chrome`).
   *
   * @maxLength 5000
   */
  browser?: string | null;
  /**
   * Information about the device used for the browser session (e.g., `Samsung SM-G930T`).
   *
   * @maxLength 5000
   */
  device?: string | null;
  /**
   * The platform for the browser session (e.g., `Macintosh`).
   *
   * @maxLength 5000
   */
  platform?: string | null;
  /**
   * The version for the browser session (e.g., `61.0.3163.100`).
   *
   * @maxLength 5000
   */
  version?: string | null;
};
