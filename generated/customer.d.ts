import type * as runtime from "./runtime/api.js";
import type { Customer as self } from "./types/customer.js";

export type Customer = self;
export declare const Customer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomer(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomer: runtime.Check;
