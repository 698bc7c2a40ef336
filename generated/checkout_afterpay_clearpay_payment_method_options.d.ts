import type * as runtime from "./runtime/api.js";
import type { CheckoutAfterpayClearpayPaymentMethodOptions as self } from "./types/checkout_afterpay_clearpay_payment_method_options.js";

export type CheckoutAfterpayClearpayPaymentMethodOptions = self;
export declare const CheckoutAfterpayClearpayPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAfterpayClearpayPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutAfterpayClearpayPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAfterpayClearpayPaymentMethodOptions: runtime.Check;
