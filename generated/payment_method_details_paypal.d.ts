import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsPaypal as self } from "./types/payment_method_details_paypal.js";

export type PaymentMethodDetailsPaypal = self;
export declare const PaymentMethodDetailsPaypal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsPaypal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsPaypal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsPaypal: runtime.Check;
