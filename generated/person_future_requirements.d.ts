import type * as runtime from "./runtime/api.js";
import type { PersonFutureRequirements as self } from "./types/person_future_requirements.js";

export type PersonFutureRequirements = self;
export declare const PersonFutureRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePersonFutureRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPersonFutureRequirements(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPersonFutureRequirements: runtime.Check;
