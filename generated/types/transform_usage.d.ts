/** @schema `transform_usage` */
export type TransformUsage = {
  /** Divide usage by this number. */
  divide_by: number;
  /** After division, either round the result `up` or `down`. */
  round: "down" | "up";
};
