import type * as runtime from "./runtime/api.js";
import type { Shipping as self } from "./types/shipping.js";

export type Shipping = self;
export declare const Shipping: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateShipping(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isShipping(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkShipping: runtime.Check;
