import type * as runtime from "./runtime/api.js";
import type { ShippingRate as self } from "./types/shipping_rate.js";

export type ShippingRate = self;
export declare const ShippingRate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateShippingRate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isShippingRate(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkShippingRate: runtime.Check;
