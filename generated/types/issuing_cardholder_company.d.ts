/** @schema `issuing_cardholder_company` */
export type IssuingCardholderCompany = {
  /** Whether the company's business ID number was provided. */
  tax_id_provided: boolean;
};
