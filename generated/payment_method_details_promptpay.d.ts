import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsPromptpay as self } from "./types/payment_method_details_promptpay.js";

export type PaymentMethodDetailsPromptpay = self;
export declare const PaymentMethodDetailsPromptpay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsPromptpay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsPromptpay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsPromptpay: runtime.Check;
