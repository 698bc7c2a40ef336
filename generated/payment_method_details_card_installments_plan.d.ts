import type * as runtime from "./runtime/api.js";
import type { PaymentMethodDetailsCardInstallmentsPlan as self } from "./types/payment_method_details_card_installments_plan.js";

export type PaymentMethodDetailsCardInstallmentsPlan = self;
export declare const PaymentMethodDetailsCardInstallmentsPlan: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodDetailsCardInstallmentsPlan(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodDetailsCardInstallmentsPlan(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodDetailsCardInstallmentsPlan: runtime.Check;
