import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceTaxRateDetails as self } from "./types/tax_product_resource_tax_rate_details.js";

export type TaxProductResourceTaxRateDetails = self;
export declare const TaxProductResourceTaxRateDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceTaxRateDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxProductResourceTaxRateDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceTaxRateDetails: runtime.Check;
