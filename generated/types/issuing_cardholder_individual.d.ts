import type { IssuingCardholderCardIssuing } from "./issuing_cardholder_card_issuing.js";
import type { IssuingCardholderIndividualDob } from "./issuing_cardholder_individual_dob.js";
import type { IssuingCardholderVerification } from "./issuing_cardholder_verification.js";

/** @schema `issuing_cardholder_individual` */
export type IssuingCardholderIndividual = {
  /** Information related to the card_issuing program for this cardholder. */
  card_issuing?: IssuingCardholderCardIssuing | null;
  /** The date of birth of this cardholder. */
  dob?: IssuingCardholderIndividualDob | null;
  /**
   * The first name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters.
   *
   * @maxLength 5000
   */
  first_name?: string | null;
  /**
   * The last name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters.
   *
   * @maxLength 5000
   */
  last_name?: string | null;
  /** Government-issued ID document for this cardholder. */
  verification?: IssuingCardholderVerification | null;
};
