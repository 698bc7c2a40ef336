import type * as runtime from "./runtime/api.js";
import type { PersonRequirements as self } from "./types/person_requirements.js";

export type PersonRequirements = self;
export declare const PersonRequirements: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePersonRequirements(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPersonRequirements(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPersonRequirements: runtime.Check;
