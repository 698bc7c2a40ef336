/** @schema `cancellation_details` */
export type CancellationDetails = {
  /**
   * Additional comments about why the user canceled the subscription, if the subscription was canceled explicitly by the user.
   *
   * @maxLength 5000
   */
  comment?: string | null;
  /** The customer submitted reason for why they canceled, if the subscription was canceled explicitly by the user. */
  feedback?:
    | "customer_service"
    | "low_quality"
    | "missing_features"
    | "other"
    | "switched_service"
    | "too_complex"
    | "too_expensive"
    | "unused"
    | null;
  /** Why this subscription was canceled. */
  reason?:
    "cancellation_requested" | "payment_disputed" | "payment_failed" | null;
};
