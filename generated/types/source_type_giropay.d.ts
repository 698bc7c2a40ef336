/** @schema `source_type_giropay` */
export type SourceTypeGiropay = {
  bank_code?: string | null;
  bank_name?: string | null;
  bic?: string | null;
  statement_descriptor?: string | null;
};
