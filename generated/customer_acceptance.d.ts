import type * as runtime from "./runtime/api.js";
import type { CustomerAcceptance as self } from "./types/customer_acceptance.js";

export type CustomerAcceptance = self;
export declare const CustomerAcceptance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerAcceptance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerAcceptance(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerAcceptance: runtime.Check;
