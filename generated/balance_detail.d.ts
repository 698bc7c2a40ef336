import type * as runtime from "./runtime/api.js";
import type { BalanceDetail as self } from "./types/balance_detail.js";

export type BalanceDetail = self;
export declare const BalanceDetail: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBalanceDetail(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBalanceDetail(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBalanceDetail: runtime.Check;
