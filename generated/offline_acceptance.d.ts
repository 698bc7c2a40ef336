import type * as runtime from "./runtime/api.js";
import type { OfflineAcceptance as self } from "./types/offline_acceptance.js";

export type OfflineAcceptance = self;
export declare const OfflineAcceptance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOfflineAcceptance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOfflineAcceptance(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOfflineAcceptance: runtime.Check;
