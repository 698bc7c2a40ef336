import type * as runtime from "./runtime/api.js";
import type { CheckoutBoletoPaymentMethodOptions as self } from "./types/checkout_boleto_payment_method_options.js";

export type CheckoutBoletoPaymentMethodOptions = self;
export declare const CheckoutBoletoPaymentMethodOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCheckoutBoletoPaymentMethodOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCheckoutBoletoPaymentMethodOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCheckoutBoletoPaymentMethodOptions: runtime.Check;
