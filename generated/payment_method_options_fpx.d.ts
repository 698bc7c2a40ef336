import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsFpx as self } from "./types/payment_method_options_fpx.js";

export type PaymentMethodOptionsFpx = self;
export declare const PaymentMethodOptionsFpx: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsFpx(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsFpx(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsFpx: runtime.Check;
