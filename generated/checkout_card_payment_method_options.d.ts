import type * as runtime from "./runtime/api.js";
import type { CheckoutCardPaymentMethodOptions as self } from "./types/checkout_card_payment_method_options.js";

export type CheckoutCardPaymentMethodOptions = self;
export declare const CheckoutCardPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutCardPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutCardPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutCardPaymentMethodOptions: runtime.Check;
