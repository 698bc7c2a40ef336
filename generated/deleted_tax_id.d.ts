import type * as runtime from "./runtime/api.js";
import type { DeletedTaxId as self } from "./types/deleted_tax_id.js";

export type DeletedTaxId = self;
export declare const DeletedTaxId: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedTaxId(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedTaxId(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedTaxId: runtime.Check;
