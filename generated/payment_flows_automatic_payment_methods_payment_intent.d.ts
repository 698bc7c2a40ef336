import type * as runtime from "./runtime/api.js";
import type { PaymentFlowsAutomaticPaymentMethodsPaymentIntent as self } from "./types/payment_flows_automatic_payment_methods_payment_intent.js";

export type PaymentFlowsAutomaticPaymentMethodsPaymentIntent = self;
export declare const PaymentFlowsAutomaticPaymentMethodsPaymentIntent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentFlowsAutomaticPaymentMethodsPaymentIntent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentFlowsAutomaticPaymentMethodsPaymentIntent(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentFlowsAutomaticPaymentMethodsPaymentIntent: runtime.Check;
