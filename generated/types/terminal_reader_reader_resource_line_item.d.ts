/**
 * Represents a line item to be displayed on the reader
 *
 * @schema `terminal_reader_reader_resource_line_item`
 */
export type TerminalReaderReaderResourceLineItem = {
  /** The amount of the line item. A positive integer in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). */
  amount: number;
  /**
   * Description of the line item.
   *
   * @maxLength 5000
   */
  description: string;
  /** The quantity of the line item. */
  quantity: number;
};
