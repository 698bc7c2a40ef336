import type * as runtime from "./runtime/api.js";
import type { PaymentMethodLink as self } from "./types/payment_method_link.js";

export type PaymentMethodLink = self;
export declare const PaymentMethodLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodLink(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodLink: runtime.Check;
