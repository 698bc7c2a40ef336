import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsInteracPresent as self } from "./types/payment_method_options_interac_present.js";

export type PaymentMethodOptionsInteracPresent = self;
export declare const PaymentMethodOptionsInteracPresent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsInteracPresent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsInteracPresent(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsInteracPresent: runtime.Check;
