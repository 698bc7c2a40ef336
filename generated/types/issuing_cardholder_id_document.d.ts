import type { File } from "./file.js";

/** @schema `issuing_cardholder_id_document` */
export type IssuingCardholderIdDocument = {
  /**
   * The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  back?: string | File | null;
  /**
   * The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `identity_document`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  front?: string | File | null;
};
