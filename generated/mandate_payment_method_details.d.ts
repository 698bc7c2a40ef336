import type * as runtime from "./runtime/api.js";
import type { MandatePaymentMethodDetails as self } from "./types/mandate_payment_method_details.js";

export type MandatePaymentMethodDetails = self;
export declare const MandatePaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateMandatePaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isMandatePaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkMandatePaymentMethodDetails: runtime.Check;
