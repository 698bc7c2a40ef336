import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsGrabpay as self } from "./types/payment_method_details_grabpay.js";

export type PaymentMethodDetailsGrabpay = self;
export declare const PaymentMethodDetailsGrabpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsGrabpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsGrabpay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsGrabpay: runtime.Check;
