import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsGiropay as self } from "./types/payment_method_options_giropay.js";

export type PaymentMethodOptionsGiropay = self;
export declare const PaymentMethodOptionsGiropay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsGiropay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsGiropay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsGiropay: runtime.Check;
