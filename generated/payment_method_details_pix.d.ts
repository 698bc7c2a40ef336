import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsPix as self } from "./types/payment_method_details_pix.js";

export type PaymentMethodDetailsPix = self;
export declare const PaymentMethodDetailsPix: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsPix(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsPix(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsPix: runtime.Check;
