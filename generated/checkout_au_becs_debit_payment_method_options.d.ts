import type * as runtime from "./runtime/api.js";
import type { CheckoutAuBecsDebitPaymentMethodOptions as self } from "./types/checkout_au_becs_debit_payment_method_options.js";

export type CheckoutAuBecsDebitPaymentMethodOptions = self;
export declare const CheckoutAuBecsDebitPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutAuBecsDebitPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutAuBecsDebitPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutAuBecsDebitPaymentMethodOptions: runtime.Check;
