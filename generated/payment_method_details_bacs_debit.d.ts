import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsBacsDebit as self } from "./types/payment_method_details_bacs_debit.js";

export type PaymentMethodDetailsBacsDebit = self;
export declare const PaymentMethodDetailsBacsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsBacsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsBacsDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsBacsDebit: runtime.Check;
