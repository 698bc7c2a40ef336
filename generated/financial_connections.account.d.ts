import type * as runtime from "./runtime/api.js";
import type { FinancialConnectionsAccount as self } from "./types/financial_connections.account.js";

export type FinancialConnectionsAccount = self;
export declare const FinancialConnectionsAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFinancialConnectionsAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFinancialConnectionsAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFinancialConnectionsAccount: runtime.Check;
