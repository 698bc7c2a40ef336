import { type Changeset, type ChangesetOptions } from "./changeset.js";
import { isObject, type Check } from "./check.js";
import { type Issue } from "./issues.js";
import { resolve, type Shape, type Shaped } from "./shape.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
export type Result<T> =
  | {
      ok: true;
      value: T;
      warnings?: Issue[];
    }
  | {
      ok: false;
      issues: Issue[];
    };
export interface ValidateOptions {
  /** `"lenient"`: missing required fields and unknown enum values become `warnings`, so data of another API version loads. */
  mode?: "strict" | "lenient";
  /** Keys the schema does not declare: kept (default, Stripe adds fields), stripped from a copy, or rejected. */
  unknownKeys?: "passthrough" | "strip" | "reject";
  /** Deepest object nesting accepted (default 256); deeper input, cycles included, is an issue. */
  maxDepth?: number;
}
/** What every generated schema module exports as its value. */
export interface SchemaModule<T> extends Shaped {
  /** Checks `input` against the schema without converting anything; never throws. */
  validate(input: unknown, options?: ValidateOptions): Result<T>;
  /** A type guard with the same rules as `validate`. */
  is(input: unknown): input is T;
  /** Casts `params` onto `data` Ecto-style: permitted fields, conversions, changes, errors per field. */
  changeset(
    data: Partial<T> | undefined,
    params: unknown,
    options?: ChangesetOptions,
  ): Changeset<T>;
  readonly "~standard": StandardSchemaV1.Props<T, T>;
}
export interface Definition {
  name: string;
  check: Check;
  shape: () => Shape;
  branch?: string;
}
/** Builds a schema module from its generated check and shape. */
export declare function defineSchema<T>(
  definition: Definition,
): SchemaModule<T>;
export { isObject, resolve };
