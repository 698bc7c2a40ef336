import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsP24 as self } from "./types/payment_method_options_p24.js";

export type PaymentMethodOptionsP24 = self;
export declare const PaymentMethodOptionsP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsP24(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsP24: runtime.Check;
