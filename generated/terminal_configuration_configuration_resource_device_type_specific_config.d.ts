import type * as runtime from "./runtime/api.js";
import type { TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig as self } from "./types/terminal_configuration_configuration_resource_device_type_specific_config.js";

export type TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig =
  self;
export declare const TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig: runtime.Test;
