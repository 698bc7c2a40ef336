import type * as runtime from "./runtime/api.js";
import type { Person as self } from "./types/person.js";

export type Person = self;
export declare const Person: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePerson(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPerson(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPerson: runtime.Check;
