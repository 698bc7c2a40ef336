import type * as runtime from "./runtime/api.js";
import type { PaymentMethodPix as self } from "./types/payment_method_pix.js";

export type PaymentMethodPix = self;
export declare const PaymentMethodPix: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodPix(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodPix(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodPix: runtime.Check;
