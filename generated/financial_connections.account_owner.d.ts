import type * as runtime from "./runtime/api.js";
import type { FinancialConnectionsAccountOwner as self } from "./types/financial_connections.account_owner.js";

export type FinancialConnectionsAccountOwner = self;
export declare const FinancialConnectionsAccountOwner: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFinancialConnectionsAccountOwner(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFinancialConnectionsAccountOwner(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFinancialConnectionsAccountOwner: runtime.Check;
