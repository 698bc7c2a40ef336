import type * as runtime from "./runtime/api.js";
import type { PaymentFlowsPrivatePaymentMethodsKlarnaDob as self } from "./types/payment_flows_private_payment_methods_klarna_dob.js";

export type PaymentFlowsPrivatePaymentMethodsKlarnaDob = self;
export declare const PaymentFlowsPrivatePaymentMethodsKlarnaDob: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentFlowsPrivatePaymentMethodsKlarnaDob(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentFlowsPrivatePaymentMethodsKlarnaDob(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentFlowsPrivatePaymentMethodsKlarnaDob: runtime.Check;
