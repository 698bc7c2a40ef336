import type * as runtime from "./runtime/api.js";
import type { DeletedTerminalLocation as self } from "./types/deleted_terminal.location.js";

export type DeletedTerminalLocation = self;
export declare const DeletedTerminalLocation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedTerminalLocation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedTerminalLocation(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedTerminalLocation: runtime.Check;
