import type { TerminalReaderReaderResourceProcessPaymentIntentAction } from "./terminal_reader_reader_resource_process_payment_intent_action.js";
import type { TerminalReaderReaderResourceProcessSetupIntentAction } from "./terminal_reader_reader_resource_process_setup_intent_action.js";
import type { TerminalReaderReaderResourceRefundPaymentAction } from "./terminal_reader_reader_resource_refund_payment_action.js";
import type { TerminalReaderReaderResourceSetReaderDisplayAction } from "./terminal_reader_reader_resource_set_reader_display_action.js";

/**
 * Represents an action performed by the reader
 *
 * @schema `terminal_reader_reader_resource_reader_action`
 */
export type TerminalReaderReaderResourceReaderAction = {
  /**
   * Failure code, only set if status is `failed`.
   *
   * @maxLength 5000
   */
  failure_code?: string | null;
  /**
   * Detailed failure message, only set if status is `failed`.
   *
   * @maxLength 5000
   */
  failure_message?: string | null;
  process_payment_intent?: TerminalReaderReaderResourceProcessPaymentIntentAction;
  process_setup_intent?: TerminalReaderReaderResourceProcessSetupIntentAction;
  refund_payment?: TerminalReaderReaderResourceRefundPaymentAction;
  set_reader_display?: TerminalReaderReaderResourceSetReaderDisplayAction;
  /** Status of the action performed by the reader. */
  status: "failed" | "in_progress" | "succeeded";
  /** Type of action performed by the reader. */
  type:
    | "process_payment_intent"
    | "process_setup_intent"
    | "refund_payment"
    | "set_reader_display"
    | (string & {});
};
