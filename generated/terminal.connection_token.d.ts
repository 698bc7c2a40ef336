import type * as runtime from "./runtime/api.js";
import type { TerminalConnectionToken as self } from "./types/terminal.connection_token.js";

export type TerminalConnectionToken = self;
export declare const TerminalConnectionToken: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalConnectionToken(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTerminalConnectionToken(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalConnectionToken: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTerminalConnectionToken: runtime.Test;
