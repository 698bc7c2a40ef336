import type * as runtime from "./runtime/api.js";
import type { PaymentMethodSofort as self } from "./types/payment_method_sofort.js";

export type PaymentMethodSofort = self;
export declare const PaymentMethodSofort: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodSofort(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodSofort(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodSofort: runtime.Check;
