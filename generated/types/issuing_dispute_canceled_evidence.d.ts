import type { File } from "./file.js";

/** @schema `issuing_dispute_canceled_evidence` */
export type IssuingDisputeCanceledEvidence = {
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
  /** Whether the cardholder was provided with a cancellation policy. */
  cancellation_policy_provided?: boolean | null;
  /**
   * Reason for canceling the order.
   *
   * @maxLength 5000
   */
  cancellation_reason?: string | null;
  /**
   * Date when the cardholder expected to receive the product.
   *
   * @format unix-time
   */
  expected_at?: number | null;
  /**
   * Explanation of why the cardholder is disputing this transaction.
   *
   * @maxLength 5000
   */
  explanation?: string | null;
  /**
   * Description of the merchandise or service that was purchased.
   *
   * @maxLength 5000
   */
  product_description?: string | null;
  /** Whether the product was a merchandise or service. */
  product_type?: "merchandise" | "service" | null;
  /** Result of cardholder's attempt to return the product. */
  return_status?: "merchant_rejected" | "successful" | null;
  /**
   * Date when the product was returned or attempted to be returned.
   *
   * @format unix-time
   */
  returned_at?: number | null;
};
