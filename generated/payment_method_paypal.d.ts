import type * as runtime from "./runtime/api.js";
import type { PaymentMethodPaypal as self } from "./types/payment_method_paypal.js";

export type PaymentMethodPaypal = self;
export declare const PaymentMethodPaypal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodPaypal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodPaypal(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodPaypal: runtime.Check;
