/**
 * [Tax codes](https://stripe.com/docs/tax/tax-categories) classify goods and services for tax purposes.
 *
 * @schema `tax_code`
 */
export type TaxCode = {
  /**
   * A detailed description of which types of products the tax code represents.
   *
   * @maxLength 5000
   */
  description: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * A short name for the tax code.
   *
   * @maxLength 5000
   */
  name: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax_code";
};
