import type * as runtime from "./runtime/api.js";
import type { Item as self } from "./types/item.js";

export type Item = self;
export declare const Item: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkItem: runtime.Check;
