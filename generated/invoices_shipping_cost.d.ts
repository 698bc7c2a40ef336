import type * as runtime from "./runtime/api.js";
import type { InvoicesShippingCost as self } from "./types/invoices_shipping_cost.js";

export type InvoicesShippingCost = self;
export declare const InvoicesShippingCost: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesShippingCost(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesShippingCost(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesShippingCost: runtime.Check;
