import type * as runtime from "./runtime/api.js";
import type { PaymentMethodAcssDebit as self } from "./types/payment_method_acss_debit.js";

export type PaymentMethodAcssDebit = self;
export declare const PaymentMethodAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodAcssDebit(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodAcssDebit: runtime.Check;
