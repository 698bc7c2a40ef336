import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsPromptpay as self } from "./types/payment_method_options_promptpay.js";

export type PaymentMethodOptionsPromptpay = self;
export declare const PaymentMethodOptionsPromptpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsPromptpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsPromptpay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsPromptpay: runtime.Check;
