import type { File } from "./file.js";

/** @schema `issuing_dispute_not_received_evidence` */
export type IssuingDisputeNotReceivedEvidence = {
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  additional_documentation?: string | File | null;
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
};
