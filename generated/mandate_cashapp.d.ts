import type * as runtime from "./runtime/api.js";
import type { MandateCashapp as self } from "./types/mandate_cashapp.js";

export type MandateCashapp = self;
export declare const MandateCashapp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandateCashapp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandateCashapp(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandateCashapp: runtime.Check;
