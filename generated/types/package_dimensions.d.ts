/** @schema `package_dimensions` */
export type PackageDimensions = {
  /** Height, in inches. */
  height: number;
  /** Length, in inches. */
  length: number;
  /** Weight, in ounces. */
  weight: number;
  /** Width, in inches. */
  width: number;
};
