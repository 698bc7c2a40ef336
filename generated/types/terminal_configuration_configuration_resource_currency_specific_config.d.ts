/** @schema `terminal_configuration_configuration_resource_currency_specific_config` */
export type TerminalConfigurationConfigurationResourceCurrencySpecificConfig = {
  /** Fixed amounts displayed when collecting a tip */
  fixed_amounts?: number[] | null;
  /** Percentages displayed when collecting a tip */
  percentages?: number[] | null;
  /** Below this amount, fixed amounts will be displayed; above it, percentages will be displayed */
  smart_tip_threshold?: number;
};
