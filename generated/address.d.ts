import type * as runtime from "./runtime/api.js";
import type { Address as self } from "./types/address.js";

export type Address = self;
export declare const Address: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateAddress(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isAddress(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkAddress: runtime.Check;
