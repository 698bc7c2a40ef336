/** @schema `deleted_card` */
export type DeletedCard = {
  /**
   * Three-letter [ISO code for the currency](https://stripe.com/docs/payouts) paid out to the bank account.
   *
   * @maxLength 5000
   */
  currency?: string | null;
  /** Always true for a deleted object */
  deleted: true;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "card";
};
