import type * as runtime from "./runtime/api.js";
import type { CheckoutSofortPaymentMethodOptions as self } from "./types/checkout_sofort_payment_method_options.js";

export type CheckoutSofortPaymentMethodOptions = self;
export declare const CheckoutSofortPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutSofortPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutSofortPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutSofortPaymentMethodOptions: runtime.Check;
