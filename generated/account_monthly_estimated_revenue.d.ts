import type * as runtime from "./runtime/api.js";
import type { AccountMonthlyEstimatedRevenue as self } from "./types/account_monthly_estimated_revenue.js";

export type AccountMonthlyEstimatedRevenue = self;
export declare const AccountMonthlyEstimatedRevenue: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAccountMonthlyEstimatedRevenue(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAccountMonthlyEstimatedRevenue(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAccountMonthlyEstimatedRevenue: runtime.Check;
