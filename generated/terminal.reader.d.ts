import type * as runtime from "./runtime/api.js";
import type { TerminalReader as self } from "./types/terminal.reader.js";

export type TerminalReader = self;
export declare const TerminalReader: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalReader(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTerminalReader(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalReader: runtime.Check;
