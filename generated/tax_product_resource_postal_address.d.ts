import type * as runtime from "./runtime/api.js";
import type { TaxProductResourcePostalAddress as self } from "./types/tax_product_resource_postal_address.js";

export type TaxProductResourcePostalAddress = self;
export declare const TaxProductResourcePostalAddress: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourcePostalAddress(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxProductResourcePostalAddress(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourcePostalAddress: runtime.Check;
