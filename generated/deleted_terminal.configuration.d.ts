import type * as runtime from "./runtime/api.js";
import type { DeletedTerminalConfiguration as self } from "./types/deleted_terminal.configuration.js";

export type DeletedTerminalConfiguration = self;
export declare const DeletedTerminalConfiguration: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedTerminalConfiguration(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedTerminalConfiguration(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedTerminalConfiguration: runtime.Check;
