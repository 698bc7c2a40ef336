import type * as runtime from "./runtime/api.js";
import type { CheckoutAlipayPaymentMethodOptions as self } from "./types/checkout_alipay_payment_method_options.js";

export type CheckoutAlipayPaymentMethodOptions = self;
export declare const CheckoutAlipayPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAlipayPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutAlipayPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAlipayPaymentMethodOptions: runtime.Check;
