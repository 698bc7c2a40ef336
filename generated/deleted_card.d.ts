import type * as runtime from "./runtime/api.js";
import type { DeletedCard as self } from "./types/deleted_card.js";

export type DeletedCard = self;
export declare const DeletedCard: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedCard(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedCard(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedCard: runtime.Check;
