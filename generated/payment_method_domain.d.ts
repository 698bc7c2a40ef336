import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDomain as self } from "./types/payment_method_domain.js";

export type PaymentMethodDomain = self;
export declare const PaymentMethodDomain: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDomain(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDomain(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDomain: runtime.Check;
