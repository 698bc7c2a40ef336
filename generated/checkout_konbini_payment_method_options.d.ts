import type * as runtime from "./runtime/api.js";
import type { CheckoutKonbiniPaymentMethodOptions as self } from "./types/checkout_konbini_payment_method_options.js";

export type CheckoutKonbiniPaymentMethodOptions = self;
export declare const CheckoutKonbiniPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutKonbiniPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutKonbiniPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutKonbiniPaymentMethodOptions: runtime.Check;
