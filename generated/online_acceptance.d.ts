import type * as runtime from "./runtime/api.js";
import type { OnlineAcceptance as self } from "./types/online_acceptance.js";

export type OnlineAcceptance = self;
export declare const OnlineAcceptance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOnlineAcceptance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOnlineAcceptance(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOnlineAcceptance: runtime.Check;
