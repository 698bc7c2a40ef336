import type { TerminalReaderReaderResourceCart } from "./terminal_reader_reader_resource_cart.js";

/**
 * Represents a reader action to set the reader display
 *
 * @schema `terminal_reader_reader_resource_set_reader_display_action`
 */
export type TerminalReaderReaderResourceSetReaderDisplayAction = {
  /** Cart object to be displayed by the reader. */
  cart?: TerminalReaderReaderResourceCart | null;
  /** Type of information to be displayed by the reader. */
  type: "cart";
};
