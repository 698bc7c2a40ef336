import type { File } from "./file.js";

/** @schema `issuing_dispute_fraudulent_evidence` */
export type IssuingDisputeFraudulentEvidence = {
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
};
