import type * as runtime from "./runtime/api.js";
import type { PaymentMethodGrabpay as self } from "./types/payment_method_grabpay.js";

export type PaymentMethodGrabpay = self;
export declare const PaymentMethodGrabpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodGrabpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodGrabpay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodGrabpay: runtime.Check;
