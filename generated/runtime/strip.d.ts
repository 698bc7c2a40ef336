import { type Shape } from "./shape.js";
/** A copy of a valid `value` with only the keys its schema declares, at every level; `value` is not touched. */
export declare function strip(shape: Shape, value: unknown): unknown;
