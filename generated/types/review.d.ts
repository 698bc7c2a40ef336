import type { Charge } from "./charge.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { RadarReviewResourceLocation } from "./radar_review_resource_location.js";
import type { RadarReviewResourceSession } from "./radar_review_resource_session.js";

/**
 * Reviews can be used to supplement automated fraud detection with human expertise.
 *
 * Learn more about [Radar](/radar) and reviewing payments
 * [here](https://stripe.com/docs/radar/reviews).
 *
 * @schema `review`
 */
export type Review = {
  /**
   * The ZIP or postal code of the card used, if applicable.
   *
   * @maxLength 5000
   */
  billing_zip?: string | null;
  /**
   * The charge associated with this review.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  charge?: string | Charge | null;
  /** The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`. */
  closed_reason?:
    | "approved"
    | "disputed"
    | "redacted"
    | "refunded"
    | "refunded_as_fraud"
    | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The IP address where the payment originated.
   *
   * @maxLength 5000
   */
  ip_address?: string | null;
  /** Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address. */
  ip_address_location?: RadarReviewResourceLocation | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "review";
  /** If `true`, the review needs action. */
  open: boolean;
  /** The reason the review was opened. One of `rule` or `manual`. */
  opened_reason: "manual" | "rule";
  /**
   * The PaymentIntent ID associated with this review, if one exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent?: string | PaymentIntent;
  /**
   * The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, or `redacted`.
   *
   * @maxLength 5000
   */
  reason: string;
  /** Information related to the browsing session of the user who initiated the payment. */
  session?: RadarReviewResourceSession | null;
};
