/** @schema `invoice_setting_rendering_options` */
export type InvoiceSettingRenderingOptions = {
  /**
   * How line-item prices and amounts will be displayed with respect to tax on invoice PDFs.
   *
   * @maxLength 5000
   */
  amount_tax_display?: string | null;
};
