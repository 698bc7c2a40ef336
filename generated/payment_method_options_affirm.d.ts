import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsAffirm as self } from "./types/payment_method_options_affirm.js";

export type PaymentMethodOptionsAffirm = self;
export declare const PaymentMethodOptionsAffirm: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsAffirm(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsAffirm(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsAffirm: runtime.Check;
