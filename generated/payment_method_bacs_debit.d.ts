import type * as runtime from "./runtime/api.js";
import type { PaymentMethodBacsDebit as self } from "./types/payment_method_bacs_debit.js";

export type PaymentMethodBacsDebit = self;
export declare const PaymentMethodBacsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodBacsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodBacsDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodBacsDebit: runtime.Check;
