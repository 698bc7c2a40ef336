import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsGiropay as self } from "./types/payment_method_details_giropay.js";

export type PaymentMethodDetailsGiropay = self;
export declare const PaymentMethodDetailsGiropay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsGiropay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsGiropay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsGiropay: runtime.Check;
