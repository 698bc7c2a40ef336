import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsPaynow as self } from "./types/payment_method_options_paynow.js";

export type PaymentMethodOptionsPaynow = self;
export declare const PaymentMethodOptionsPaynow: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsPaynow(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsPaynow(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsPaynow: runtime.Check;
