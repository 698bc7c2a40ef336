import type * as runtime from "./runtime/api.js";
import type { MandateAcssDebit as self } from "./types/mandate_acss_debit.js";

export type MandateAcssDebit = self;
export declare const MandateAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateAcssDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateAcssDebit: runtime.Check;
