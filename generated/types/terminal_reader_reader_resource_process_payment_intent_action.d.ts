import type { PaymentIntent } from "./payment_intent.js";
import type { TerminalReaderReaderResourceProcessConfig } from "./terminal_reader_reader_resource_process_config.js";

/**
 * Represents a reader action to process a payment intent
 *
 * @schema `terminal_reader_reader_resource_process_payment_intent_action`
 */
export type TerminalReaderReaderResourceProcessPaymentIntentAction = {
  /**
   * Most recent PaymentIntent processed by the reader.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent: string | PaymentIntent;
  process_config?: TerminalReaderReaderResourceProcessConfig;
};
