import type * as runtime from "./runtime/api.js";
import type { SetupAttempt as self } from "./types/setup_attempt.js";

export type SetupAttempt = self;
export declare const SetupAttempt: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttempt(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttempt(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttempt: runtime.Check;
