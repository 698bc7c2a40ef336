import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsBancontact as self } from "./types/payment_method_options_bancontact.js";

export type PaymentMethodOptionsBancontact = self;
export declare const PaymentMethodOptionsBancontact: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsBancontact(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsBancontact(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsBancontact: runtime.Check;
