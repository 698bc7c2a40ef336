import type * as runtime from "./runtime/api.js";
import type { PersonRelationship as self } from "./types/person_relationship.js";

export type PersonRelationship = self;
export declare const PersonRelationship: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePersonRelationship(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPersonRelationship(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPersonRelationship: runtime.Check;
