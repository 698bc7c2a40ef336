import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionFlightDataLeg as self } from "./types/issuing_transaction_flight_data_leg.js";

export type IssuingTransactionFlightDataLeg = self;
export declare const IssuingTransactionFlightDataLeg: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionFlightDataLeg(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionFlightDataLeg(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionFlightDataLeg: runtime.Check;
