import type { Source } from "./source.js";
import type { SourceMandateNotificationAcssDebitData } from "./source_mandate_notification_acss_debit_data.js";
import type { SourceMandateNotificationBacsDebitData } from "./source_mandate_notification_bacs_debit_data.js";
import type { SourceMandateNotificationSepaDebitData } from "./source_mandate_notification_sepa_debit_data.js";

/**
 * Source mandate notifications should be created when a notification related to
 * a source mandate must be sent to the payer. They will trigger a webhook or
 * deliver an email to the customer.
 *
 * @schema `source_mandate_notification`
 */
export type SourceMandateNotification = {
  acss_debit?: SourceMandateNotificationAcssDebitData;
  /** A positive integer in the smallest currency unit (that is, 100 cents for $1.00, or 1 for ¥1, Japanese Yen being a zero-decimal currency) representing the amount associated with the mandate notification. The amount is expressed in the currency of the underlying source. Required if the notification type is `debit_initiated`. */
  amount?: number | null;
  bacs_debit?: SourceMandateNotificationBacsDebitData;
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
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "source_mandate_notification";
  /**
   * The reason of the mandate notification. Valid reasons are `mandate_confirmed` or `debit_initiated`.
   *
   * @maxLength 5000
   */
  reason: string;
  sepa_debit?: SourceMandateNotificationSepaDebitData;
  source: Source;
  /**
   * The status of the mandate notification. Valid statuses are `pending` or `submitted`.
   *
   * @maxLength 5000
   */
  status: string;
  /**
   * The type of source this mandate notification is attached to. Should be the source type identifier code for the payment method, such as `three_d_secure`.
   *
   * @maxLength 5000
   */
  type: string;
};
