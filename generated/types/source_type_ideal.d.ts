/** @schema `source_type_ideal` */
export type SourceTypeIdeal = {
  bank?: string | null;
  bic?: string | null;
  iban_last4?: string | null;
  statement_descriptor?: string | null;
};
