import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedCredit as self } from "./types/treasury.received_credit.js";

export type TreasuryReceivedCredit = self;
export declare const TreasuryReceivedCredit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedCredit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedCredit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedCredit: runtime.Check;
