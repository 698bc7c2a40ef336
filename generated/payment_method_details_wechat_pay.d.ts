import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsWechatPay as self } from "./types/payment_method_details_wechat_pay.js";

export type PaymentMethodDetailsWechatPay = self;
export declare const PaymentMethodDetailsWechatPay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsWechatPay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsWechatPay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsWechatPay: runtime.Check;
