import type * as runtime from "./runtime/api.js";
import type { PaymentMethodUsBankAccountBlocked as self } from "./types/payment_method_us_bank_account_blocked.js";

export type PaymentMethodUsBankAccountBlocked = self;
export declare const PaymentMethodUsBankAccountBlocked: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodUsBankAccountBlocked(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodUsBankAccountBlocked(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodUsBankAccountBlocked: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodUsBankAccountBlocked: runtime.Test;
