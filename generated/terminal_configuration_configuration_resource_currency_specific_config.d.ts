import type * as runtime from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceCurrencySpecificConfig as self } from "./types/terminal_configuration_configuration_resource_currency_specific_config.js";

export type TerminalConfigurationConfigurationResourceCurrencySpecificConfig =
  self;
export declare const TerminalConfigurationConfigurationResourceCurrencySpecificConfig: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTerminalConfigurationConfigurationResourceCurrencySpecificConfig(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalConfigurationConfigurationResourceCurrencySpecificConfig: runtime.Check;
