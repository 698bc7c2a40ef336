import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceBalance as self } from "./types/bank_connections_resource_balance.js";

export type BankConnectionsResourceBalance = self;
export declare const BankConnectionsResourceBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBankConnectionsResourceBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceBalance: runtime.Check;
