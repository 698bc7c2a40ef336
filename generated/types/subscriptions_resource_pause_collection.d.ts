/**
 * The Pause Collection settings determine how we will pause collection for this subscription and for how long the subscription
 * should be paused.
 *
 * @schema `subscriptions_resource_pause_collection`
 */
export type SubscriptionsResourcePauseCollection = {
  /** The payment collection behavior for this subscription while paused. One of `keep_as_draft`, `mark_uncollectible`, or `void`. */
  behavior: "keep_as_draft" | "mark_uncollectible" | "void";
  /**
   * The time after which the subscription will resume collecting payments.
   *
   * @format unix-time
   */
  resumes_at?: number | null;
};
