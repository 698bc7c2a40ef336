import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceOwnershipRefresh as self } from "./types/bank_connections_resource_ownership_refresh.js";

export type BankConnectionsResourceOwnershipRefresh = self;
export declare const BankConnectionsResourceOwnershipRefresh: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceOwnershipRefresh(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isBankConnectionsResourceOwnershipRefresh(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceOwnershipRefresh: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testBankConnectionsResourceOwnershipRefresh: runtime.Test;
