import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsBacsDebit as self } from "./types/payment_method_options_bacs_debit.js";

export type PaymentMethodOptionsBacsDebit = self;
export declare const PaymentMethodOptionsBacsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsBacsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsBacsDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsBacsDebit: runtime.Check;
