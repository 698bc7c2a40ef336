import type * as runtime from "./runtime/api.js";
import type { MandateBacsDebit as self } from "./types/mandate_bacs_debit.js";

export type MandateBacsDebit = self;
export declare const MandateBacsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateBacsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateBacsDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateBacsDebit: runtime.Check;
