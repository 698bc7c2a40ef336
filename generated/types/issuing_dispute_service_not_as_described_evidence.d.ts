import type { File } from "./file.js";

/** @schema `issuing_dispute_service_not_as_described_evidence` */
export type IssuingDisputeServiceNotAsDescribedEvidence = {
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  additional_documentation?: string | File | null;
  /**
   * Date when order was canceled.
   *
   * @format unix-time
   */
  canceled_at?: number | null;
  /**
   * Reason for canceling the order.
   *
   * @maxLength 5000
   */
  cancellation_reason?: string | null;
  /**
   * Explanation of why the cardholder is disputing this transaction.
   *
   * @maxLength 5000
   */
  explanation?: string | null;
  /**
   * Date when the product was received.
   *
   * @format unix-time
   */
  received_at?: number | null;
};
