import type { IssuingTransactionFlightData } from "./issuing_transaction_flight_data.js";
import type { IssuingTransactionFuelData } from "./issuing_transaction_fuel_data.js";
import type { IssuingTransactionLodgingData } from "./issuing_transaction_lodging_data.js";
import type { IssuingTransactionReceiptData } from "./issuing_transaction_receipt_data.js";

/** @schema `issuing_transaction_purchase_details` */
export type IssuingTransactionPurchaseDetails = {
  /** Information about the flight that was purchased with this transaction. */
  flight?: IssuingTransactionFlightData | null;
  /** Information about fuel that was purchased with this transaction. */
  fuel?: IssuingTransactionFuelData | null;
  /** Information about lodging that was purchased with this transaction. */
  lodging?: IssuingTransactionLodgingData | null;
  /** The line items in the purchase. */
  receipt?: IssuingTransactionReceiptData[] | null;
  /**
   * A merchant-specific order number.
   *
   * @maxLength 5000
   */
  reference?: string | null;
};
