import type * as runtime from "./runtime/api.js";
import type { PaymentMethodP24 as self } from "./types/payment_method_p24.js";

export type PaymentMethodP24 = self;
export declare const PaymentMethodP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodP24(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodP24: runtime.Check;
