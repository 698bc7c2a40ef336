import type * as runtime from "./runtime/api.js";
import type { TerminalConfiguration as self } from "./types/terminal.configuration.js";

export type TerminalConfiguration = self;
export declare const TerminalConfiguration: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalConfiguration(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTerminalConfiguration(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalConfiguration: runtime.Check;
