import type * as runtime from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipay as self } from "./types/payment_flows_private_payment_methods_alipay.js";

export type PaymentFlowsPrivatePaymentMethodsAlipay = self;
export declare const PaymentFlowsPrivatePaymentMethodsAlipay: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentFlowsPrivatePaymentMethodsAlipay(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentFlowsPrivatePaymentMethodsAlipay(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentFlowsPrivatePaymentMethodsAlipay: runtime.Check;
