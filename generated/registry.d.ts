import type { SchemaModule } from "./runtime/api.js";
import type { SchemaTypes } from "./types/index.js";

export type { SchemaTypes };

/** Every schema module by its name in the spec. */
export declare const schemas: {
  readonly [Name in keyof SchemaTypes]: SchemaModule<SchemaTypes[Name]>;
};

/**
 * The schema module for a payload, chosen by its `object` field (and
 * `deleted: true`), or undefined when no schema declares that `object` value.
 */
export declare function forObject(
  value: unknown,
): SchemaModule<unknown> | undefined;
