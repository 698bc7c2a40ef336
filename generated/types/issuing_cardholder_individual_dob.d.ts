/** @schema `issuing_cardholder_individual_dob` */
export type IssuingCardholderIndividualDob = {
  /** The day of birth, between 1 and 31. */
  day?: number | null;
  /** The month of birth, between 1 and 12. */
  month?: number | null;
  /** The four-digit year of birth. */
  year?: number | null;
};
