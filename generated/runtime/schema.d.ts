import type { Check, SchemaModule, Shape, Test } from "./api.js";
import { isObject } from "./check.js";
import { resolve } from "./shape.js";
export interface Definition {
  name: string;
  check: Check;
  /** The check without issues: `is`, and the first try of `validate`. */
  test: Test;
  shape: () => Shape;
  branch?: string;
}
/** Builds a schema module from its generated check and shape. */
export declare function defineSchema<T>(
  definition: Definition,
): SchemaModule<T>;
export { isObject, resolve };
