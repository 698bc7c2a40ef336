/** @schema `issuing_transaction_fuel_data` */
export type IssuingTransactionFuelData = {
  /**
   * The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`.
   *
   * @maxLength 5000
   */
  type: string;
  /**
   * The units for `volume_decimal`. One of `us_gallon` or `liter`.
   *
   * @maxLength 5000
   */
  unit: string;
  /**
   * The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places.
   *
   * @format decimal
   */
  unit_cost_decimal: string;
  /**
   * The volume of the fuel that was pumped, represented as a decimal string with at most 12 decimal places.
   *
   * @format decimal
   */
  volume_decimal?: string | null;
};
