import type * as runtime from "./runtime/api.js";
import type { CheckoutBacsDebitPaymentMethodOptions as self } from "./types/checkout_bacs_debit_payment_method_options.js";

export type CheckoutBacsDebitPaymentMethodOptions = self;
export declare const CheckoutBacsDebitPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutBacsDebitPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutBacsDebitPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutBacsDebitPaymentMethodOptions: runtime.Check;
