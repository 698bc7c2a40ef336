import type { File } from "./file.js";

/** @schema `issuing_dispute_duplicate_evidence` */
export type IssuingDisputeDuplicateEvidence = {
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  additional_documentation?: string | File | null;
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the card statement showing that the product had already been paid for.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  card_statement?: string | File | null;
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the receipt showing that the product had been paid for in cash.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  cash_receipt?: string | File | null;
  /**
   * (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the front and back of the check that was used to pay for the product.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  check_image?: string | File | null;
  /**
   * Explanation of why the cardholder is disputing this transaction.
   *
   * @maxLength 5000
   */
  explanation?: string | null;
  /**
   * Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two or more transactions that are copies of each other, this is original undisputed one.
   *
   * @maxLength 5000
   */
  original_transaction?: string | null;
};
