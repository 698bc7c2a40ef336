import type * as runtime from "./runtime/api.js";
import type { PaypalSellerProtection as self } from "./types/paypal_seller_protection.js";

export type PaypalSellerProtection = self;
export declare const PaypalSellerProtection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaypalSellerProtection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaypalSellerProtection(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaypalSellerProtection: runtime.Check;
