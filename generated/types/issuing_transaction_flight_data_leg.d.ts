/** @schema `issuing_transaction_flight_data_leg` */
export type IssuingTransactionFlightDataLeg = {
  /**
   * The three-letter IATA airport code of the flight's destination.
   *
   * @maxLength 5000
   */
  arrival_airport_code?: string | null;
  /**
   * The airline carrier code.
   *
   * @maxLength 5000
   */
  carrier?: string | null;
  /**
   * The three-letter IATA airport code that the flight departed from.
   *
   * @maxLength 5000
   */
  departure_airport_code?: string | null;
  /**
   * The flight number.
   *
   * @maxLength 5000
   */
  flight_number?: string | null;
  /**
   * The flight's service class.
   *
   * @maxLength 5000
   */
  service_class?: string | null;
  /** Whether a stopover is allowed on this flight. */
  stopover_allowed?: boolean | null;
};
