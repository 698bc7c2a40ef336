import type * as runtime from "./runtime/api.js";
import type { CustomerTaxLocation as self } from "./types/customer_tax_location.js";

export type CustomerTaxLocation = self;
export declare const CustomerTaxLocation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerTaxLocation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerTaxLocation(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerTaxLocation: runtime.Check;
