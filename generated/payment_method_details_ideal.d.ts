import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsIdeal as self } from "./types/payment_method_details_ideal.js";

export type PaymentMethodDetailsIdeal = self;
export declare const PaymentMethodDetailsIdeal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsIdeal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsIdeal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsIdeal: runtime.Check;
