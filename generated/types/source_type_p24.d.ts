/** @schema `source_type_p24` */
export type SourceTypeP24 = {
  reference?: string | null;
};
