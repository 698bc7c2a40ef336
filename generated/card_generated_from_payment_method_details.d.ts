import type * as runtime from "./runtime/api.js";
import type { CardGeneratedFromPaymentMethodDetails as self } from "./types/card_generated_from_payment_method_details.js";

export type CardGeneratedFromPaymentMethodDetails = self;
export declare const CardGeneratedFromPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCardGeneratedFromPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCardGeneratedFromPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCardGeneratedFromPaymentMethodDetails: runtime.Check;
