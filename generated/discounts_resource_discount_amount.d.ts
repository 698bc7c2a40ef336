import type * as runtime from "./runtime/api.js";
import type { DiscountsResourceDiscountAmount as self } from "./types/discounts_resource_discount_amount.js";

export type DiscountsResourceDiscountAmount = self;
export declare const DiscountsResourceDiscountAmount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDiscountsResourceDiscountAmount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDiscountsResourceDiscountAmount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDiscountsResourceDiscountAmount: runtime.Check;
