import type * as runtime from "./runtime/api.js";
import type { TaxProductResourceTaxTransactionShippingCost as self } from "./types/tax_product_resource_tax_transaction_shipping_cost.js";

export type TaxProductResourceTaxTransactionShippingCost = self;
export declare const TaxProductResourceTaxTransactionShippingCost: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTaxProductResourceTaxTransactionShippingCost(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTaxProductResourceTaxTransactionShippingCost(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTaxProductResourceTaxTransactionShippingCost: runtime.Check;
