import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionFuelData as self } from "./types/issuing_transaction_fuel_data.js";

export type IssuingTransactionFuelData = self;
export declare const IssuingTransactionFuelData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionFuelData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionFuelData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionFuelData: runtime.Check;
