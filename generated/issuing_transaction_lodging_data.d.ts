import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionLodgingData as self } from "./types/issuing_transaction_lodging_data.js";

export type IssuingTransactionLodgingData = self;
export declare const IssuingTransactionLodgingData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionLodgingData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionLodgingData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionLodgingData: runtime.Check;
