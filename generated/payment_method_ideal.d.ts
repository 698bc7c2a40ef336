import type * as runtime from "./runtime/api.js";
import type { PaymentMethodIdeal as self } from "./types/payment_method_ideal.js";

export type PaymentMethodIdeal = self;
export declare const PaymentMethodIdeal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodIdeal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodIdeal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodIdeal: runtime.Check;
