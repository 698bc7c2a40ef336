import type * as runtime from "./runtime/api.js";
import type { SetupIntent as self } from "./types/setup_intent.js";

export type SetupIntent = self;
export declare const SetupIntent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntent(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntent: runtime.Check;
