/** @schema `rule` */
export type Rule = {
  /**
   * The action taken on the payment.
   *
   * @maxLength 5000
   */
  action: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The predicate to evaluate the payment against.
   *
   * @maxLength 5000
   */
  predicate: string;
};
