import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsUsBankAccount as self } from "./types/payment_intent_payment_method_options_us_bank_account.js";

export type PaymentIntentPaymentMethodOptionsUsBankAccount = self;
export declare const PaymentIntentPaymentMethodOptionsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsUsBankAccount: runtime.Check;
