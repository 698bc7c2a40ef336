import type { EmailSent } from "./email_sent.js";

/** @schema `refund_next_action_display_details` */
export type RefundNextActionDisplayDetails = {
  email_sent: EmailSent;
  /**
   * The expiry timestamp.
   *
   * @format unix-time
   */
  expires_at: number;
};
