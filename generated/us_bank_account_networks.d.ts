import type * as runtime from "./runtime/api.js";
import type { UsBankAccountNetworks as self } from "./types/us_bank_account_networks.js";

export type UsBankAccountNetworks = self;
export declare const UsBankAccountNetworks: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateUsBankAccountNetworks(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isUsBankAccountNetworks(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkUsBankAccountNetworks: runtime.Check;
