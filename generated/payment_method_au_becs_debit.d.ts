import type * as runtime from "./runtime/api.js";
import type { PaymentMethodAuBecsDebit as self } from "./types/payment_method_au_becs_debit.js";

export type PaymentMethodAuBecsDebit = self;
export declare const PaymentMethodAuBecsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodAuBecsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodAuBecsDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodAuBecsDebit: runtime.Check;
