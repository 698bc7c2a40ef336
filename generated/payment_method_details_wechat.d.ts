import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsWechat as self } from "./types/payment_method_details_wechat.js";

export type PaymentMethodDetailsWechat = self;
export declare const PaymentMethodDetailsWechat: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsWechat(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsWechat(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsWechat: runtime.Check;
