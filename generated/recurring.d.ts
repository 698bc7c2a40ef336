import type * as runtime from "./runtime/api.js";
import type { Recurring as self } from "./types/recurring.js";

export type Recurring = self;
export declare const Recurring: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRecurring(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRecurring(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRecurring: runtime.Check;
