import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCashapp as self } from "./types/payment_method_cashapp.js";

export type PaymentMethodCashapp = self;
export declare const PaymentMethodCashapp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCashapp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCashapp(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCashapp: runtime.Check;
