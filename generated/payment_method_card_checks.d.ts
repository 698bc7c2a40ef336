import type * as runtime from "./runtime/api.js";
import type { PaymentMethodCardChecks as self } from "./types/payment_method_card_checks.js";

export type PaymentMethodCardChecks = self;
export declare const PaymentMethodCardChecks: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodCardChecks(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodCardChecks(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodCardChecks: runtime.Check;
