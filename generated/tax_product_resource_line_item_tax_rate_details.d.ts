import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceLineItemTaxRateDetails as self } from "./types/tax_product_resource_line_item_tax_rate_details.js";

export type TaxProductResourceLineItemTaxRateDetails = self;
export declare const TaxProductResourceLineItemTaxRateDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceLineItemTaxRateDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTaxProductResourceLineItemTaxRateDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceLineItemTaxRateDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTaxProductResourceLineItemTaxRateDetails: runtime.Test;
