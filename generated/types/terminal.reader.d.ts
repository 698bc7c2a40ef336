import type { TerminalLocation } from "./terminal.location.js";
import type { TerminalReaderReaderResourceReaderAction } from "./terminal_reader_reader_resource_reader_action.js";

/**
 * A Reader represents a physical device for accepting payment details.
 *
 * Related guide: [Connecting to a reader](https://stripe.com/docs/terminal/payments/connect-reader)
 *
 * @schema `terminal.reader`
 */
export type TerminalReader = {
  /** The most recent action performed by the reader. */
  action?: TerminalReaderReaderResourceReaderAction | null;
  /**
   * The current software version of the reader.
   *
   * @maxLength 5000
   */
  device_sw_version?: string | null;
  /** Type of reader, one of `bbpos_wisepad3`, `stripe_m2`, `bbpos_chipper2x`, `bbpos_wisepos_e`, `verifone_P400`, or `simulated_wisepos_e`. */
  device_type:
    | "bbpos_chipper2x"
    | "bbpos_wisepad3"
    | "bbpos_wisepos_e"
    | "simulated_wisepos_e"
    | "stripe_m2"
    | "verifone_P400";
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The local IP address of the reader.
   *
   * @maxLength 5000
   */
  ip_address?: string | null;
  /**
   * Custom label given to the reader for easier identification.
   *
   * @maxLength 5000
   */
  label: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /**
   * The location identifier of the reader.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  location?: string | TerminalLocation | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "terminal.reader";
  /**
   * Serial number of the reader.
   *
   * @maxLength 5000
   */
  serial_number: string;
  /**
   * The networking status of the reader.
   *
   * @maxLength 5000
   */
  status?: string | null;
};
