import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsPaynow as self } from "./types/payment_method_details_paynow.js";

export type PaymentMethodDetailsPaynow = self;
export declare const PaymentMethodDetailsPaynow: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsPaynow(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsPaynow(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsPaynow: runtime.Check;
