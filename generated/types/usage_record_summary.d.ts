import type { Period } from "./period.js";

/** @schema `usage_record_summary` */
export type UsageRecordSummary = {
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The invoice in which this usage period has been billed for.
   *
   * @maxLength 5000
   */
  invoice?: string | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "usage_record_summary";
  period: Period;
  /**
   * The ID of the subscription item this summary is describing.
   *
   * @maxLength 5000
   */
  subscription_item: string;
  /** The total usage within this usage period. */
  total_usage: number;
};
