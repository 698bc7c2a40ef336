import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceLinkAccountSessionFilters as self } from "./types/bank_connections_resource_link_account_session_filters.js";

export type BankConnectionsResourceLinkAccountSessionFilters = self;
export declare const BankConnectionsResourceLinkAccountSessionFilters: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceLinkAccountSessionFilters(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isBankConnectionsResourceLinkAccountSessionFilters(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceLinkAccountSessionFilters: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testBankConnectionsResourceLinkAccountSessionFilters: runtime.Test;
