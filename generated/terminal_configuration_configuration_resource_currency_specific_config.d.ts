import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConfigurationConfigurationResourceCurrencySpecificConfig as Type } from "./types/terminal_configuration_configuration_resource_currency_specific_config.js";

export type TerminalConfigurationConfigurationResourceCurrencySpecificConfig =
  Type;
export declare const TerminalConfigurationConfigurationResourceCurrencySpecificConfig: SchemaModule<Type>;
