import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsAuBecsDebit as self } from "./types/payment_method_details_au_becs_debit.js";

export type PaymentMethodDetailsAuBecsDebit = self;
export declare const PaymentMethodDetailsAuBecsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsAuBecsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentMethodDetailsAuBecsDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsAuBecsDebit: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentMethodDetailsAuBecsDebit: runtime.Test;
