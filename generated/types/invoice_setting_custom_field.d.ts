/** @schema `invoice_setting_custom_field` */
export type InvoiceSettingCustomField = {
  /**
   * The name of the custom field.
   *
   * @maxLength 5000
   */
  name: string;
  /**
   * The value of the custom field.
   *
   * @maxLength 5000
   */
  value: string;
};
