import type * as runtime from "./runtime/api.js";
import type { FinancialConnectionsSession as self } from "./types/financial_connections.session.js";

export type FinancialConnectionsSession = self;
export declare const FinancialConnectionsSession: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFinancialConnectionsSession(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isFinancialConnectionsSession(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFinancialConnectionsSession: runtime.Check;
