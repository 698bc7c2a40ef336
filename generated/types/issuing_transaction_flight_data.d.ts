import type { IssuingTransactionFlightDataLeg } from "./issuing_transaction_flight_data_leg.js";

/** @schema `issuing_transaction_flight_data` */
export type IssuingTransactionFlightData = {
  /** The time that the flight departed. */
  departure_at?: number | null;
  /**
   * The name of the passenger.
   *
   * @maxLength 5000
   */
  passenger_name?: string | null;
  /** Whether the ticket is refundable. */
  refundable?: boolean | null;
  /** The legs of the trip. */
  segments?: IssuingTransactionFlightDataLeg[] | null;
  /**
   * The travel agency that issued the ticket.
   *
   * @maxLength 5000
   */
  travel_agency?: string | null;
};
