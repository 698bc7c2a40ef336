/** @schema `platform_tax_fee` */
export type PlatformTaxFee = {
  /**
   * The Connected account that incurred this charge.
   *
   * @maxLength 5000
   */
  account: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "platform_tax_fee";
  /**
   * The payment object that caused this tax to be inflicted.
   *
   * @maxLength 5000
   */
  source_transaction: string;
  /**
   * The type of tax (VAT).
   *
   * @maxLength 5000
   */
  type: string;
};
