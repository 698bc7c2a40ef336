import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsPix as self } from "./types/payment_method_options_pix.js";

export type PaymentMethodOptionsPix = self;
export declare const PaymentMethodOptionsPix: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsPix(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsPix(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsPix: runtime.Check;
