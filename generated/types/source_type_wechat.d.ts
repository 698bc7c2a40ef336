/** @schema `source_type_wechat` */
export type SourceTypeWechat = {
  prepay_id?: string;
  qr_code_url?: string | null;
  statement_descriptor?: string;
};
