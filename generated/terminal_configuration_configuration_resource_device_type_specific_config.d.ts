import type { SchemaModule } from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig as self } from "./types/terminal_configuration_configuration_resource_device_type_specific_config.js";

export type TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig =
  self;
export declare const TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig: SchemaModule<self>;
