import type * as runtime from "./runtime/api.js";
import type { TerminalLocation as self } from "./types/terminal.location.js";

export type TerminalLocation = self;
export declare const TerminalLocation: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalLocation(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTerminalLocation(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalLocation: runtime.Check;
