/** @schema `account_payments_settings` */
export type AccountPaymentsSettings = {
  /**
   * The default text that appears on credit card statements when a charge is made. This field prefixes any dynamic `statement_descriptor` specified on the charge.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /**
   * The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only)
   *
   * @maxLength 5000
   */
  statement_descriptor_kana?: string | null;
  /**
   * The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only)
   *
   * @maxLength 5000
   */
  statement_descriptor_kanji?: string | null;
  /**
   * The Kana variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kana` specified on the charge. `statement_descriptor_prefix_kana` is useful for maximizing descriptor space for the dynamic portion.
   *
   * @maxLength 5000
   */
  statement_descriptor_prefix_kana?: string | null;
  /**
   * The Kanji variation of the default text that appears on credit card statements when a charge is made (Japan only). This field prefixes any dynamic `statement_descriptor_suffix_kanji` specified on the charge. `statement_descriptor_prefix_kanji` is useful for maximizing descriptor space for the dynamic portion.
   *
   * @maxLength 5000
   */
  statement_descriptor_prefix_kanji?: string | null;
};
