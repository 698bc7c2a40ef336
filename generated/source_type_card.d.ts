import type * as runtime from "./runtime/api.js";
import type { SourceTypeCard as self } from "./types/source_type_card.js";

export type SourceTypeCard = self;
export declare const SourceTypeCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTypeCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTypeCard(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTypeCard: runtime.Check;
