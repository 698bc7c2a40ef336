import type * as runtime from "./runtime/api.js";
import type { PaymentMethodUsBankAccount as self } from "./types/payment_method_us_bank_account.js";

export type PaymentMethodUsBankAccount = self;
export declare const PaymentMethodUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodUsBankAccount: runtime.Check;
