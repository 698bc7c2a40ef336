import type * as runtime from "./runtime/api.js";
import type { TerminalReaderReaderResourceProcessConfig as self } from "./types/terminal_reader_reader_resource_process_config.js";

export type TerminalReaderReaderResourceProcessConfig = self;
export declare const TerminalReaderReaderResourceProcessConfig: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalReaderReaderResourceProcessConfig(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTerminalReaderReaderResourceProcessConfig(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalReaderReaderResourceProcessConfig: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTerminalReaderReaderResourceProcessConfig: runtime.Test;
