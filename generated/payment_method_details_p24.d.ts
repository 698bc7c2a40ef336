import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsP24 as self } from "./types/payment_method_details_p24.js";

export type PaymentMethodDetailsP24 = self;
export declare const PaymentMethodDetailsP24: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsP24(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsP24(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsP24: runtime.Check;
