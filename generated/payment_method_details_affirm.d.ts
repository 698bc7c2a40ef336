import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsAffirm as self } from "./types/payment_method_details_affirm.js";

export type PaymentMethodDetailsAffirm = self;
export declare const PaymentMethodDetailsAffirm: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsAffirm(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsAffirm(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsAffirm: runtime.Check;
