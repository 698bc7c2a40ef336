import type { RefundNextActionDisplayDetails } from "./refund_next_action_display_details.js";

/** @schema `refund_next_action` */
export type RefundNextAction = {
  /** Contains the refund details. */
  display_details?: RefundNextActionDisplayDetails | null;
  /**
   * Type of the next action to perform.
   *
   * @maxLength 5000
   */
  type: string;
};
