import type * as runtime from "./runtime/api.js";
import type { PaymentMethodPromptpay as self } from "./types/payment_method_promptpay.js";

export type PaymentMethodPromptpay = self;
export declare const PaymentMethodPromptpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodPromptpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodPromptpay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodPromptpay: runtime.Check;
