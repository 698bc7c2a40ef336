import type * as runtime from "./runtime/api.js";
import type { PaymentMethodGiropay as self } from "./types/payment_method_giropay.js";

export type PaymentMethodGiropay = self;
export declare const PaymentMethodGiropay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodGiropay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodGiropay(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodGiropay: runtime.Check;
