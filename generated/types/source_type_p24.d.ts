/** @schema `source_type_p24` */
export interface SourceTypeP24 {
  reference?: string | null;
}
