import type * as runtime from "./runtime/api.js";
import type { CheckoutGrabPayPaymentMethodOptions as self } from "./types/checkout_grab_pay_payment_method_options.js";

export type CheckoutGrabPayPaymentMethodOptions = self;
export declare const CheckoutGrabPayPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutGrabPayPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutGrabPayPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutGrabPayPaymentMethodOptions: runtime.Check;
