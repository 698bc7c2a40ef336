import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceLineItemTaxBreakdown as self } from "./types/tax_product_resource_line_item_tax_breakdown.js";

export type TaxProductResourceLineItemTaxBreakdown = self;
export declare const TaxProductResourceLineItemTaxBreakdown: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceLineItemTaxBreakdown(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTaxProductResourceLineItemTaxBreakdown(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceLineItemTaxBreakdown: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTaxProductResourceLineItemTaxBreakdown: runtime.Test;
