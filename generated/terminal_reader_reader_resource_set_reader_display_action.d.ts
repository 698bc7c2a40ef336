import type * as runtime from "./runtime/api.js";
import type { TerminalReaderReaderResourceSetReaderDisplayAction as self } from "./types/terminal_reader_reader_resource_set_reader_display_action.js";

export type TerminalReaderReaderResourceSetReaderDisplayAction = self;
export declare const TerminalReaderReaderResourceSetReaderDisplayAction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalReaderReaderResourceSetReaderDisplayAction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTerminalReaderReaderResourceSetReaderDisplayAction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalReaderReaderResourceSetReaderDisplayAction: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTerminalReaderReaderResourceSetReaderDisplayAction: runtime.Test;
