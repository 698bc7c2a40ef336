import type { SetupIntent } from "./setup_intent.js";
import type { TerminalReaderReaderResourceProcessSetupConfig } from "./terminal_reader_reader_resource_process_setup_config.js";

/**
 * Represents a reader action to process a setup intent
 *
 * @schema `terminal_reader_reader_resource_process_setup_intent_action`
 */
export type TerminalReaderReaderResourceProcessSetupIntentAction = {
  /**
   * ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod.
   *
   * @maxLength 5000
   */
  generated_card?: string;
  process_config?: TerminalReaderReaderResourceProcessSetupConfig;
  /**
   * Most recent SetupIntent processed by the reader.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  setup_intent: string | SetupIntent;
};
