/** @schema `source_type_eps` */
export type SourceTypeEps = {
  reference?: string | null;
  statement_descriptor?: string | null;
};
