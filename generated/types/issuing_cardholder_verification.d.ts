import type { IssuingCardholderIdDocument } from "./issuing_cardholder_id_document.js";

/** @schema `issuing_cardholder_verification` */
export type IssuingCardholderVerification = {
  /** An identifying document, either a passport or local ID card. */
  document?: IssuingCardholderIdDocument | null;
};
