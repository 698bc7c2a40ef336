import type * as runtime from "./runtime/api.js";
import type { FeeRefund as self } from "./types/fee_refund.js";

export type FeeRefund = self;
export declare const FeeRefund: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFeeRefund(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFeeRefund(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFeeRefund: runtime.Check;
