import type * as runtime from "./runtime/api.js";
import type { ChargeTransferData as self } from "./types/charge_transfer_data.js";

export type ChargeTransferData = self;
export declare const ChargeTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateChargeTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isChargeTransferData(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkChargeTransferData: runtime.Check;
