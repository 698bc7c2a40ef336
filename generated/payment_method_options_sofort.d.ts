import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsSofort as self } from "./types/payment_method_options_sofort.js";

export type PaymentMethodOptionsSofort = self;
export declare const PaymentMethodOptionsSofort: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsSofort(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsSofort(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsSofort: runtime.Check;
