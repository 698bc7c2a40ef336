import type * as runtime from "./runtime/api.js";
import type { PaymentMethodAffirm as self } from "./types/payment_method_affirm.js";

export type PaymentMethodAffirm = self;
export declare const PaymentMethodAffirm: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodAffirm(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodAffirm(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodAffirm: runtime.Check;
