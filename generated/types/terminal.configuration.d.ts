import type { TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig } from "./terminal_configuration_configuration_resource_device_type_specific_config.js";
import type { TerminalConfigurationConfigurationResourceTipping } from "./terminal_configuration_configuration_resource_tipping.js";

/**
 * A Configurations object represents how features should be configured for terminal readers.
 *
 * @schema `terminal.configuration`
 */
export type TerminalConfiguration = {
  bbpos_wisepos_e?: TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Whether this Configuration is the default for your account */
  is_account_default?: boolean | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "terminal.configuration";
  tipping?: TerminalConfigurationConfigurationResourceTipping;
  verifone_p400?: TerminalConfigurationConfigurationResourceDeviceTypeSpecificConfig;
};
