import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsCashapp as self } from "./types/payment_method_options_cashapp.js";

export type PaymentMethodOptionsCashapp = self;
export declare const PaymentMethodOptionsCashapp: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsCashapp(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsCashapp(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsCashapp: runtime.Check;
