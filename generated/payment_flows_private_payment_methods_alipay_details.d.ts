import type * as runtime from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsAlipayDetails as self } from "./types/payment_flows_private_payment_methods_alipay_details.js";

export type PaymentFlowsPrivatePaymentMethodsAlipayDetails = self;
export declare const PaymentFlowsPrivatePaymentMethodsAlipayDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentFlowsPrivatePaymentMethodsAlipayDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentFlowsPrivatePaymentMethodsAlipayDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentFlowsPrivatePaymentMethodsAlipayDetails: runtime.Check;
