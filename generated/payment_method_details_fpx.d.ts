import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsFpx as self } from "./types/payment_method_details_fpx.js";

export type PaymentMethodDetailsFpx = self;
export declare const PaymentMethodDetailsFpx: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsFpx(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsFpx(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsFpx: runtime.Check;
