import type { TerminalReaderReaderResourceTippingConfig } from "./terminal_reader_reader_resource_tipping_config.js";

/**
 * Represents a per-transaction override of a reader configuration
 *
 * @schema `terminal_reader_reader_resource_process_config`
 */
export type TerminalReaderReaderResourceProcessConfig = {
  /** Override showing a tipping selection screen on this transaction. */
  skip_tipping?: boolean;
  tipping?: TerminalReaderReaderResourceTippingConfig;
};
