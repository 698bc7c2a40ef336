import type * as runtime from "./runtime/api.js";
import type { CashBalance as self } from "./types/cash_balance.js";

export type CashBalance = self;
export declare const CashBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCashBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCashBalance(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCashBalance: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCashBalance: runtime.Test;
