/** @schema `source_type_au_becs_debit` */
export type SourceTypeAuBecsDebit = {
  bsb_number?: string | null;
  fingerprint?: string | null;
  last4?: string | null;
};
