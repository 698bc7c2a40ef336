/** @schema `source_type_eps` */
export interface SourceTypeEps {
  reference?: string | null;
  statement_descriptor?: string | null;
}
