import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceLinkAccountSessionFilters as self } from "./types/bank_connections_resource_link_account_session_filters.js";

export type BankConnectionsResourceLinkAccountSessionFilters = self;
export declare const BankConnectionsResourceLinkAccountSessionFilters: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceLinkAccountSessionFilters(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBankConnectionsResourceLinkAccountSessionFilters(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceLinkAccountSessionFilters: runtime.Check;
