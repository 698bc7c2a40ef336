/**
 * Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session) for more information.
 *
 * @schema `radar_radar_options`
 */
export type RadarRadarOptions = {
  /**
   * A [Radar Session](https://stripe.com/docs/radar/radar-session) is a snapshot of the browser metadata and device details that help Radar make more accurate predictions on your payments.
   *
   * @maxLength 5000
   */
  session?: string;
};
