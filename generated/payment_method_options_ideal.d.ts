import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsIdeal as self } from "./types/payment_method_options_ideal.js";

export type PaymentMethodOptionsIdeal = self;
export declare const PaymentMethodOptionsIdeal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsIdeal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsIdeal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsIdeal: runtime.Check;
