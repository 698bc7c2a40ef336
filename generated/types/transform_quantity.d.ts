/** @schema `transform_quantity` */
export type TransformQuantity = {
  /** Divide usage by this number. */
  divide_by: number;
  /** After division, either round the result `up` or `down`. */
  round: "down" | "up";
};
