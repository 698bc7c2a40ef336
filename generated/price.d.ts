import type * as runtime from "./runtime/api.js";
import type { Price as self } from "./types/price.js";

export type Price = self;
export declare const Price: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePrice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPrice(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPrice: runtime.Check;
