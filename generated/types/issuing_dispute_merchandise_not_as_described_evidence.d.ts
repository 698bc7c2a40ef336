import type { File } from "./file.js";

/** @schema `issuing_dispute_merchandise_not_as_described_evidence` */
export type IssuingDisputeMerchandiseNotAsDescribedEvidence = {
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  additional_documentation?: string | File | null;
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
  /**
   * Description of the cardholder's attempt to return the product.
   *
   * @maxLength 5000
   */
  return_description?: string | null;
  /** Result of cardholder's attempt to return the product. */
  return_status?: "merchant_rejected" | "successful" | null;
  /**
   * Date when the product was returned or attempted to be returned.
   *
   * @format unix-time
   */
  returned_at?: number | null;
};
