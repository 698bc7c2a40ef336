import type * as runtime from "./runtime/api.js";
import type { FinancialConnectionsAccountOwnership as self } from "./types/financial_connections.account_ownership.js";

export type FinancialConnectionsAccountOwnership = self;
export declare const FinancialConnectionsAccountOwnership: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFinancialConnectionsAccountOwnership(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFinancialConnectionsAccountOwnership(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFinancialConnectionsAccountOwnership: runtime.Check;
