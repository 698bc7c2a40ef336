import type * as runtime from "./runtime/api.js";
import type { DeletedTerminalReader as self } from "./types/deleted_terminal.reader.js";

export type DeletedTerminalReader = self;
export declare const DeletedTerminalReader: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedTerminalReader(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedTerminalReader(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedTerminalReader: runtime.Check;
