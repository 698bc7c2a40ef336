/** @schema `source_type_ach_debit` */
export type SourceTypeAchDebit = {
  bank_name?: string | null;
  country?: string | null;
  fingerprint?: string | null;
  last4?: string | null;
  routing_number?: string | null;
  type?: string | null;
};
