import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsAlipay as self } from "./types/payment_method_options_alipay.js";

export type PaymentMethodOptionsAlipay = self;
export declare const PaymentMethodOptionsAlipay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsAlipay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsAlipay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsAlipay: runtime.Check;
