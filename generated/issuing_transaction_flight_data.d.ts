import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionFlightData as self } from "./types/issuing_transaction_flight_data.js";

export type IssuingTransactionFlightData = self;
export declare const IssuingTransactionFlightData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionFlightData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionFlightData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionFlightData: runtime.Check;
