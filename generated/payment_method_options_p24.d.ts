import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsP24 as self } from "./types/payment_method_options_p24.js";

export type PaymentMethodOptionsP24 = self;
export declare const PaymentMethodOptionsP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodOptionsP24(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsP24: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodOptionsP24: runtime.Test;
