import type * as runtime from "./runtime/api.js";
import type { Discount as self } from "./types/discount.js";

export type Discount = self;
export declare const Discount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDiscount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDiscount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDiscount: runtime.Check;
