/**
 * Represents a per-setup override of a reader configuration
 *
 * @schema `terminal_reader_reader_resource_process_setup_config`
 */
export type TerminalReaderReaderResourceProcessSetupConfig = {
  [key: string]: unknown;
};
