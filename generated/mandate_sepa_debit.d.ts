import type * as runtime from "./runtime/api.js";
import type { MandateSepaDebit as self } from "./types/mandate_sepa_debit.js";

export type MandateSepaDebit = self;
export declare const MandateSepaDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateSepaDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateSepaDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateSepaDebit: runtime.Check;
