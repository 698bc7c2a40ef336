import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceOwnershipRefresh as self } from "./types/bank_connections_resource_ownership_refresh.js";

export type BankConnectionsResourceOwnershipRefresh = self;
export declare const BankConnectionsResourceOwnershipRefresh: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceOwnershipRefresh(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBankConnectionsResourceOwnershipRefresh(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceOwnershipRefresh: runtime.Check;
