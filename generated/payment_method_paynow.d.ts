import type * as runtime from "./runtime/api.js";
import type { PaymentMethodPaynow as self } from "./types/payment_method_paynow.js";

export type PaymentMethodPaynow = self;
export declare const PaymentMethodPaynow: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodPaynow(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodPaynow(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodPaynow: runtime.Check;
