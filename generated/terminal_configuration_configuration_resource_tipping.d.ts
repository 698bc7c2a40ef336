import type * as runtime from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceTipping as self } from "./types/terminal_configuration_configuration_resource_tipping.js";

export type TerminalConfigurationConfigurationResourceTipping = self;
export declare const TerminalConfigurationConfigurationResourceTipping: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalConfigurationConfigurationResourceTipping(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTerminalConfigurationConfigurationResourceTipping(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalConfigurationConfigurationResourceTipping: runtime.Check;
