/** @schema `source_type_alipay` */
export interface SourceTypeAlipay {
  data_string?: string | null;
  native_url?: string | null;
  statement_descriptor?: string | null;
}
