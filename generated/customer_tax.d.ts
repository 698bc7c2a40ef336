import type * as runtime from "./runtime/api.js";
import type { CustomerTax as self } from "./types/customer_tax.js";

export type CustomerTax = self;
export declare const CustomerTax: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerTax(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerTax(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerTax: runtime.Check;
