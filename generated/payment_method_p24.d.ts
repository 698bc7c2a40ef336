import type * as runtime from "./runtime/api.js";
import type { PaymentMethodP24 as self } from "./types/payment_method_p24.js";

export type PaymentMethodP24 = self;
export declare const PaymentMethodP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodP24(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodP24: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodP24: runtime.Test;
