/** @schema `source_type_alipay` */
export type SourceTypeAlipay = {
  data_string?: string | null;
  native_url?: string | null;
  statement_descriptor?: string | null;
};
