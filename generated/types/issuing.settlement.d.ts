/**
 * When a non-stripe BIN is used, any use of an [issued card](https://stripe.com/docs/issuing) must be settled directly with the card network. The net amount owed is represented by an Issuing `Settlement` object.
 *
 * @schema `issuing.settlement`
 */
export type IssuingSettlement = {
  /**
   * The Bank Identification Number reflecting this settlement record.
   *
   * @maxLength 5000
   */
  bin: string;
  /** The date that the transactions are cleared and posted to user's accounts. */
  clearing_date: number;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** The total interchange received as reimbursement for the transactions. */
  interchange_fees: number;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** The total net amount required to settle with the network. */
  net_total: number;
  /** The card network for this settlement report. One of ["visa"] */
  network: "visa";
  /** The total amount of fees owed to the network. */
  network_fees: number;
  /**
   * The Settlement Identification Number assigned by the network.
   *
   * @maxLength 5000
   */
  network_settlement_identifier: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.settlement";
  /**
   * One of `international` or `uk_national_net`.
   *
   * @maxLength 5000
   */
  settlement_service: string;
  /** The total number of transactions reflected in this settlement. */
  transaction_count: number;
  /** The total transaction amount reflected in this settlement. */
  transaction_volume: number;
};
