import type * as runtime from "./runtime/api.js";
import type { SourceTypeCardPresent as self } from "./types/source_type_card_present.js";

export type SourceTypeCardPresent = self;
export declare const SourceTypeCardPresent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeCardPresent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeCardPresent(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeCardPresent: runtime.Check;
