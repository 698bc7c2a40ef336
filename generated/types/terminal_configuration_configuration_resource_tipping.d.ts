import type { TerminalConfigurationConfigurationResourceCurrencySpecificConfig } from "./terminal_configuration_configuration_resource_currency_specific_config.js";

/** @schema `terminal_configuration_configuration_resource_tipping` */
export type TerminalConfigurationConfigurationResourceTipping = {
  aud?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  cad?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  chf?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  czk?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  dkk?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  eur?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  gbp?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  hkd?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  myr?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  nok?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  nzd?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  sek?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  sgd?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
  usd?: TerminalConfigurationConfigurationResourceCurrencySpecificConfig;
};
