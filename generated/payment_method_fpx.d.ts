import type * as runtime from "./runtime/api.js";
import type { PaymentMethodFpx as self } from "./types/payment_method_fpx.js";

export type PaymentMethodFpx = self;
export declare const PaymentMethodFpx: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodFpx(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodFpx(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodFpx: runtime.Check;
