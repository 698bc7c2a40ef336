import type * as runtime from "./runtime/api.js";
import type { MandatePaypal as self } from "./types/mandate_paypal.js";

export type MandatePaypal = self;
export declare const MandatePaypal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandatePaypal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandatePaypal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandatePaypal: runtime.Check;
