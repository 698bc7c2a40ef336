import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceCustomerDetails as self } from "./types/tax_product_resource_customer_details.js";

export type TaxProductResourceCustomerDetails = self;
export declare const TaxProductResourceCustomerDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceCustomerDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxProductResourceCustomerDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceCustomerDetails: runtime.Check;
