/** @schema `product_feature` */
export type ProductFeature = {
  /**
   * The feature's name. Up to 80 characters long.
   *
   * @maxLength 5000
   */
  name: string;
};
