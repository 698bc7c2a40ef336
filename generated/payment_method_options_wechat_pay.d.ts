import type * as runtime from "./runtime/api.js";
import type { PaymentMethodOptionsWechatPay as self } from "./types/payment_method_options_wechat_pay.js";

export type PaymentMethodOptionsWechatPay = self;
export declare const PaymentMethodOptionsWechatPay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodOptionsWechatPay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodOptionsWechatPay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodOptionsWechatPay: runtime.Check;
