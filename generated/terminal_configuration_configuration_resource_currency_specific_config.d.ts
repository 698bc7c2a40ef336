import type { SchemaModule } from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceCurrencySpecificConfig as self } from "./types/terminal_configuration_configuration_resource_currency_specific_config.js";

export type TerminalConfigurationConfigurationResourceCurrencySpecificConfig =
  self;
export declare const TerminalConfigurationConfigurationResourceCurrencySpecificConfig: SchemaModule<self>;
